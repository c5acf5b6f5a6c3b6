from tests.conftest import bearer


def test_requests_without_a_valid_token_are_401(down_client, user):
    assert down_client.get("/api/todos").status_code == 401
    response = down_client.get("/api/todos", headers=bearer(user, secret="wrong"))
    assert response.status_code == 401
    assert response.json() == {"detail": "bad signature"}
    assert response.headers["www-authenticate"] == "Bearer"


def test_todos_are_503_while_the_database_is_down(down_client, user):
    response = down_client.post("/api/todos", json={"title": "buy milk"}, headers=bearer(user))
    assert response.status_code == 503
    assert response.json() == {"detail": "database unavailable"}


def test_invalid_bodies_are_422(down_client, user):
    assert down_client.post("/api/todos", json={"title": ""}, headers=bearer(user)).status_code == 422
    assert down_client.post("/api/todos", json={"title": "x" * 201}, headers=bearer(user)).status_code == 422


def test_create_read_update_delete(client, user):
    auth = bearer(user)
    created = client.post("/api/todos", json={"title": "write the contract"}, headers=auth)
    assert created.status_code == 201
    todo = created.json()
    assert todo["title"] == "write the contract" and todo["completed"] is False

    assert client.get(f"/api/todos/{todo['id']}", headers=auth).json() == todo
    updated = client.patch(f"/api/todos/{todo['id']}", json={"completed": True}, headers=auth)
    assert updated.json() == todo | {"completed": True}
    client.post("/api/todos", json={"title": "verify the image", "completed": True}, headers=auth)
    titles = [t["title"] for t in client.get("/api/todos", headers=auth).json()]
    assert titles == ["write the contract", "verify the image"]

    assert client.delete(f"/api/todos/{todo['id']}", headers=auth).status_code == 204
    assert client.get(f"/api/todos/{todo['id']}", headers=auth).status_code == 404
    assert [t["title"] for t in client.get("/api/todos", headers=auth).json()] == ["verify the image"]


def test_users_see_only_their_own_todos(client, user):
    mine = client.post("/api/todos", json={"title": "mine"}, headers=bearer(user)).json()
    other = bearer(user + "-other")
    assert client.get("/api/todos", headers=other).json() == []
    assert client.get(f"/api/todos/{mine['id']}", headers=other).status_code == 404
    assert client.patch(f"/api/todos/{mine['id']}", json={"title": "stolen"}, headers=other).status_code == 404
    assert client.delete(f"/api/todos/{mine['id']}", headers=other).status_code == 404
    assert client.get(f"/api/todos/{mine['id']}", headers=bearer(user)).json()["title"] == "mine"
