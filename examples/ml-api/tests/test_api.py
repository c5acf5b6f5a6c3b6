import pytest
from fastapi.testclient import TestClient

from app.config import Settings, read_settings
from app.main import create_app
from tests.conftest import DOWN_URL


def client_for(**settings):
    return TestClient(create_app(Settings(**settings)))


def test_health_is_exactly_healthy_without_a_database():
    with client_for() as client:
        response = client.get("/health")
        assert response.status_code == 200
        assert response.json() == {"status": "healthy"}
        assert client.get("/health/ready").status_code == 503
        assert client.get("/api/v1/batches").status_code == 503


def test_a_database_that_is_down_leaves_the_service_live_but_not_ready():
    with client_for(database_url=DOWN_URL) as client:
        assert client.get("/health").status_code == 200
        ready = client.get("/health/ready")
        assert ready.status_code == 503
        assert ready.json()["database"] == "unreachable"
        assert client.get("/api/v1/batches").json() == {"detail": "database unavailable"}


def test_start_up_migrates_and_the_api_stores_batches(db_url):
    with client_for(database_url=db_url) as client:
        assert client.get("/health/ready").json() == {"status": "ready", "database": "ok", "revision": "0002", "head": "0002"}
        created = client.post("/api/v1/batches", json={"species": "Echinopsis", "quantity": 120, "location": "greenhouse 3"})
        assert created.status_code == 201
        batch = created.json()
        assert batch == {"id": batch["id"], "species": "Echinopsis", "quantity": 120, "location": "greenhouse 3"}
        client.post("/api/v1/batches", json={"species": "Mammillaria", "quantity": 40})
        assert client.get(f"/api/v1/batches/{batch['id']}").json() == batch
        assert [b["species"] for b in client.get("/api/v1/batches").json()] == ["Echinopsis", "Mammillaria"]
        assert client.get("/api/v1/batches", params={"species": "Mammillaria"}).json()[0]["location"] is None
        assert client.get("/api/v1/batches/9999").status_code == 404


@pytest.mark.parametrize("body", [{"species": "", "quantity": 1}, {"species": "x", "quantity": -1}, {"quantity": 1}])
def test_invalid_batches_are_422(sqlite_url, body):
    with client_for(database_url=sqlite_url) as client:
        assert client.post("/api/v1/batches", json=body).status_code == 422


def test_without_migrations_the_service_is_not_ready(sqlite_url):
    with client_for(database_url=sqlite_url, run_migrations=False) as client:
        ready = client.get("/health/ready")
        assert ready.status_code == 503
        assert ready.json() == {"status": "unavailable", "database": "ok", "revision": None, "head": "0002"}


def test_settings_from_the_environment():
    settings = read_settings(
        {"DATABASE_URL": "postgresql://u:p@db/ml", "APP_ENV": "staging", "ENABLE_GPU": "true", "RUN_MIGRATIONS": "false"}
    )
    assert settings == Settings("postgresql+psycopg://u:p@db/ml", "staging", True, False)
    assert read_settings({}) == Settings(None, "production", False, True)
    with client_for(app_env="staging", enable_gpu=True) as client:
        assert client.get("/api/v1/info").json() == {"version": "0.1.0", "app_env": "staging", "device": "cuda"}
