"""The FastAPI application (`app.main:app`). Migrations run at start-up unless RUN_MIGRATIONS=false."""

import logging
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from . import __version__, migrations
from .config import Settings, read_settings
from .models import Batch

log = logging.getLogger("app")


class BatchIn(BaseModel):
    species: str = Field(min_length=1, max_length=120)
    quantity: int = Field(ge=0)
    location: str | None = Field(default=None, max_length=120)


class BatchOut(BatchIn):
    model_config = ConfigDict(from_attributes=True)
    id: int


def make_engine(url: str) -> Engine:
    connect_args = {"connect_timeout": 3} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _first_line(err: Exception) -> str:
    return (str(getattr(err, "orig", None) or err).strip().splitlines() or [type(err).__name__])[0]


def create_app(settings: Settings) -> FastAPI:
    if not logging.getLogger().handlers:  # uvicorn configures only its own loggers
        logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    engine = make_engine(settings.database_url) if settings.database_url else None

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        if engine is None:
            log.warning("DATABASE_URL is not set: serving /health only; readiness and the API answer 503")
        elif settings.run_migrations:
            try:
                migrations.upgrade(engine)
                log.info("database migrated to %s", migrations.head_revision())
            except SQLAlchemyError as err:
                # Stay up: liveness keeps answering, readiness reports the database until it is fixed.
                log.error("migrations not applied: %s", _first_line(err))
        yield
        if engine is not None:
            engine.dispose()

    app = FastAPI(title="ml-api", version=__version__, lifespan=lifespan)

    @app.exception_handler(OperationalError)
    def database_down(_: Request, err: OperationalError) -> JSONResponse:
        log.warning("database unavailable: %s", _first_line(err))
        return JSONResponse({"detail": "database unavailable"}, status_code=503)

    def session() -> Iterator[Session]:
        if engine is None:
            raise HTTPException(503, "DATABASE_URL is not set")
        with Session(engine) as s:
            yield s

    Db = Annotated[Session, Depends(session)]

    @app.get("/health")
    def health() -> dict:
        return {"status": "healthy"}

    @app.get("/health/ready")
    def ready(response: Response) -> dict:
        head = migrations.head_revision()
        if engine is None:
            response.status_code = 503
            return {"status": "unavailable", "database": "not configured", "head": head}
        try:
            current = migrations.current_revision(engine)
        except SQLAlchemyError:
            response.status_code = 503
            return {"status": "unavailable", "database": "unreachable", "head": head}
        if current != head:
            response.status_code = 503
            return {"status": "unavailable", "database": "ok", "revision": current, "head": head}
        return {"status": "ready", "database": "ok", "revision": current, "head": head}

    @app.get("/api/v1/info")
    def info() -> dict:
        return {"version": __version__, "app_env": settings.app_env, "device": "cuda" if settings.enable_gpu else "cpu"}

    @app.post("/api/v1/batches", status_code=201)
    def create_batch(batch: BatchIn, db: Db) -> BatchOut:
        row = Batch(**batch.model_dump())
        db.add(row)
        db.commit()
        db.refresh(row)
        return BatchOut.model_validate(row)

    @app.get("/api/v1/batches")
    def list_batches(db: Db, species: str | None = None) -> list[BatchOut]:
        query = select(Batch).order_by(Batch.id)
        if species is not None:
            query = query.where(Batch.species == species)
        return [BatchOut.model_validate(b) for b in db.scalars(query)]

    @app.get("/api/v1/batches/{batch_id}")
    def get_batch(batch_id: int, db: Db) -> BatchOut:
        row = db.get(Batch, batch_id)
        if row is None:
            raise HTTPException(404, f"batch {batch_id} not found")
        return BatchOut.model_validate(row)

    return app


app = create_app(read_settings())
