"""The FastAPI application, built from explicit settings so tests need no environment."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from .conversations import ConversationStore
from .retrieval import Bm25Index, compose_answer
from .settings import Settings

_CONVERSATION_ID = re.compile(r"^[0-9a-f]{32}$")


class ChatRequest(BaseModel):
    message: str = Field(min_length=1, max_length=2000)
    conversation_id: str | None = Field(default=None, pattern=_CONVERSATION_ID.pattern)


def _event(name: str, data: object) -> str:
    # JSON keeps newlines out of the `data:` line, so every event is exactly one data line.
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def create_app(settings: Settings, index: Bm25Index | None = None) -> FastAPI:
    index = index or Bm25Index.from_directory()
    store = ConversationStore(settings.data_dir / "conversations.sqlite3")
    app = FastAPI(title="hf-rag-backend", version="1.0.0")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(settings.allowed_origins),
        # Patterns belong here, not in allow_origins: Starlette matches this with re.fullmatch.
        allow_origin_regex=settings.allowed_origin_regex,
        allow_credentials=False,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type"],
    )

    def health() -> dict:
        return {"status": "healthy", "documents": len({p.document for p in index.passages})}

    app.add_api_route("/health", health, methods=["GET"])
    app.add_api_route("/api/health", health, methods=["GET"])

    @app.post("/api/chat")
    def chat(request: ChatRequest) -> StreamingResponse:
        conversation_id = request.conversation_id
        if conversation_id is None:
            conversation_id = store.create()
        elif not store.exists(conversation_id):
            raise HTTPException(status_code=404, detail=f"conversation {conversation_id} not found")
        store.add_message(conversation_id, "user", request.message)
        hits = index.search(request.message)
        answer = compose_answer(request.message, hits)

        def events() -> Iterator[str]:
            yield _event("sources", [{"document": h.passage.document, "section": h.passage.section, "score": h.score} for h in hits])
            words = answer.split(" ")
            for i, word in enumerate(words):
                yield _event("token", {"text": word if i == len(words) - 1 else word + " "})
            store.add_message(conversation_id, "assistant", answer)
            yield _event("done", {"conversation_id": conversation_id})

        return StreamingResponse(
            events(),
            media_type="text/event-stream",
            # X-Accel-Buffering stops the Space's nginx front from buffering the stream.
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no", "X-Conversation-Id": conversation_id},
        )

    @app.get("/api/conversation/{conversation_id}")
    def conversation(conversation_id: str) -> dict:
        found = store.get(conversation_id) if _CONVERSATION_ID.match(conversation_id) else None
        if found is None:
            raise HTTPException(status_code=404, detail=f"conversation {conversation_id} not found")
        return found

    return app
