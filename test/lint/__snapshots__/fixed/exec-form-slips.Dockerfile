FROM python:3.12-slim AS broken
# expect: DS1002
ENTRYPOINT ["python", "-m", "uvicorn"]

FROM python:3.12-slim
ENTRYPOINT ["python", "-m", "uvicorn"]
# expect: DS4001
CMD ["app:app", "--host", "0.0.0.0"]
