"""The FastAPI application, built from explicit settings so tests need no environment."""

from __future__ import annotations

import logging
from typing import Annotated

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import auth
from .db import Database
from .settings import Settings

log = logging.getLogger("todo")


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    completed: bool = False


class TodoPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    completed: bool | None = None


class Todo(BaseModel):
    id: int
    title: str
    completed: bool


_COLUMNS = "id, title, completed"


def current_user(request: Request, authorization: Annotated[str | None, Header()] = None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    try:
        return auth.verify(token.strip(), request.app.state.auth_secret)
    except auth.InvalidToken as err:
        raise HTTPException(401, str(err), headers={"WWW-Authenticate": "Bearer"}) from None


# Module level: FastAPI resolves these (string) annotations in the module's namespace.
User = Annotated[str, Depends(current_user)]


def create_app(settings: Settings) -> FastAPI:
    db = Database(settings.database_url)
    app = FastAPI(title="k8s-todo-backend", version="1.0.0")
    app.state.auth_secret = settings.auth_secret

    @app.exception_handler(psycopg.OperationalError)
    def database_down(_: Request, err: psycopg.OperationalError) -> JSONResponse:
        # The message can name hosts and users; log it, answer without it.
        log.warning("database unavailable: %s", str(err).splitlines()[0] if str(err) else type(err).__name__)
        return JSONResponse({"detail": "database unavailable"}, status_code=503)

    @app.get("/health/live")
    def live() -> dict:
        return {"status": "alive"}

    @app.get("/health/ready")
    def ready(response: Response) -> dict:
        try:
            db.ping()
        except psycopg.Error:
            response.status_code = 503
            return {"status": "unavailable", "database": "unreachable"}
        return {"status": "ready", "database": "ok"}

    @app.get("/api/todos")
    def list_todos(user: User) -> list[Todo]:
        with db.connection() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM todos WHERE user_id = %s ORDER BY id", (user,)).fetchall()
        return [Todo(**r) for r in rows]

    @app.post("/api/todos", status_code=201)
    def create_todo(todo: TodoIn, user: User) -> Todo:
        with db.connection() as conn:
            row = conn.execute(
                f"INSERT INTO todos (user_id, title, completed) VALUES (%s, %s, %s) RETURNING {_COLUMNS}",
                (user, todo.title, todo.completed),
            ).fetchone()
        return Todo(**row)

    def _one(conn: psycopg.Connection, user: str, todo_id: int) -> dict:
        row = conn.execute(f"SELECT {_COLUMNS} FROM todos WHERE id = %s AND user_id = %s", (todo_id, user)).fetchone()
        if row is None:  # another user's todo is as absent as a deleted one
            raise HTTPException(404, f"todo {todo_id} not found")
        return row

    @app.get("/api/todos/{todo_id}")
    def get_todo(todo_id: int, user: User) -> Todo:
        with db.connection() as conn:
            return Todo(**_one(conn, user, todo_id))

    @app.patch("/api/todos/{todo_id}")
    def update_todo(todo_id: int, patch: TodoPatch, user: User) -> Todo:
        with db.connection() as conn:
            current = _one(conn, user, todo_id)
            row = conn.execute(
                f"UPDATE todos SET title = %s, completed = %s, updated_at = now() WHERE id = %s RETURNING {_COLUMNS}",
                (
                    patch.title if patch.title is not None else current["title"],
                    patch.completed if patch.completed is not None else current["completed"],
                    todo_id,
                ),
            ).fetchone()
        return Todo(**row)

    @app.delete("/api/todos/{todo_id}", status_code=204)
    def delete_todo(todo_id: int, user: User) -> Response:
        with db.connection() as conn:
            _one(conn, user, todo_id)
            conn.execute("DELETE FROM todos WHERE id = %s", (todo_id,))
        return Response(status_code=204)

    return app
