import pytest

from scripts.settings import ConfigError, parse_origins


def preflight(client, origin):
    return client.options(
        "/api/chat",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )


@pytest.mark.parametrize(
    "origin",
    [
        "http://localhost:3000",
        "https://2-book.vercel.app",
        "https://2-book-k3j9x2a1q-book-team.vercel.app",
        "https://2-book-git-feature-chat-book-team.vercel.app",
    ],
)
def test_allowed_origins_pass_the_preflight(client, origin):
    response = preflight(client, origin)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == origin
    assert "access-control-allow-credentials" not in response.headers


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.vercel.app",
        "https://other-project-abc123-other-team.vercel.app",
        "https://2-book-abc-book-team.vercel.app.evil.example",
        "http://2-book-abc-book-team.vercel.app",
        "https://localhost:3000",
    ],
)
def test_other_origins_are_refused(client, origin):
    response = preflight(client, origin)
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


def test_simple_request_from_a_preview_gets_the_header(client):
    origin = "https://2-book-abc123-book-team.vercel.app"
    assert client.get("/api/health", headers={"Origin": origin}).headers["access-control-allow-origin"] == origin
    assert "access-control-allow-origin" not in client.get("/api/health", headers={"Origin": "https://x.vercel.app"}).headers


def test_wildcards_in_exact_origins_are_refused_not_ignored():
    with pytest.raises(ConfigError, match=r"https://\*\.vercel\.app.*ALLOWED_ORIGIN_REGEX"):
        parse_origins("http://localhost:3000, https://*.vercel.app")
    assert parse_origins("https://a.example/, *") == ("https://a.example", "*")
