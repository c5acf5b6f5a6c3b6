def test_liveness_answers_while_the_database_is_down(down_client):
    response = down_client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "alive"}


def test_readiness_is_503_while_the_database_is_down(down_client):
    response = down_client.get("/health/ready")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


def test_readiness_is_200_when_the_database_answers(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "database": "ok"}
