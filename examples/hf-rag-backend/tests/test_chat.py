from __future__ import annotations

import json


def read_events(response) -> list[tuple[str, object]]:
    events = []
    for block in response.text.split("\n\n"):
        if not block.strip():
            continue
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_chat_streams_sources_tokens_and_done(client):
    with client.stream("POST", "/api/chat", json={"message": "What does an IMU measure on a humanoid?"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        response.read()
    events = read_events(response)
    names = [name for name, _ in events]
    assert names[0] == "sources" and names[-1] == "done"
    assert set(names[1:-1]) == {"token"} and len(names) > 5
    sources = events[0][1]
    assert sources[0]["document"] == "02-sensors-and-perception.md"
    assert sources[0]["section"] == "Inertial measurement units"
    answer = "".join(data["text"] for name, data in events if name == "token")
    assert "accelerometers and gyroscopes" in answer


def test_conversation_is_stored_and_continued(client):
    first = client.post("/api/chat", json={"message": "How do ROS 2 nodes exchange messages?"})
    conversation_id = read_events(first)[-1][1]["conversation_id"]
    assert first.headers["x-conversation-id"] == conversation_id
    client.post("/api/chat", json={"message": "What is Gazebo?", "conversation_id": conversation_id})

    stored = client.get(f"/api/conversation/{conversation_id}")
    assert stored.status_code == 200
    messages = stored.json()["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[0]["content"] == "How do ROS 2 nodes exchange messages?"
    assert "topics" in messages[1]["content"]
    assert "Gazebo" in messages[3]["content"]


def test_conversation_survives_a_restart(settings, client):
    from fastapi.testclient import TestClient

    from scripts.app import create_app

    conversation_id = read_events(client.post("/api/chat", json={"message": "What is LiDAR?"}))[-1][1]["conversation_id"]
    with TestClient(create_app(settings)) as again:
        assert len(again.get(f"/api/conversation/{conversation_id}").json()["messages"]) == 2
    assert (settings.data_dir / "conversations.sqlite3").is_file()


def test_unknown_conversation_is_404(client):
    assert client.get("/api/conversation/" + "0" * 32).status_code == 404
    assert client.get("/api/conversation/not-an-id").status_code == 404
    response = client.post("/api/chat", json={"message": "hello", "conversation_id": "f" * 32})
    assert response.status_code == 404


def test_question_outside_the_book_gets_no_sources(client):
    events = read_events(client.post("/api/chat", json={"message": "zzz qqq"}))
    assert events[0] == ("sources", [])
    answer = "".join(data["text"] for name, data in events if name == "token")
    assert answer.startswith("I could not find anything")


def test_empty_message_is_rejected(client):
    assert client.post("/api/chat", json={"message": ""}).status_code == 422
    assert client.post("/api/chat", json={}).status_code == 422
