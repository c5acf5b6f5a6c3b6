import pytest


@pytest.mark.parametrize("path", ["/health", "/api/health"])
def test_health_paths_answer_healthy(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.json()["status"] == "healthy"
    assert response.json()["documents"] == 4
