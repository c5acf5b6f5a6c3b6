# A Python backend with the usual mistakes. `# expect:` lists the rules that must flag the next instruction.
# expect: DS1003
FROM python AS build
# expect: DS2001, DS2002
RUN apt-get update && apt-get install --no-install-recommends -y gcc
# Only /usr/local is copied out of this stage: its apt lists and pip cache never ship.
RUN pip install -r requirements.txt

# expect: DS1004
FROM python:latest AS test
RUN python -m pytest

FROM python:slim
# expect: DS1008
WORKDIR $APP_HOME
COPY --from=build /usr/local /usr/local
# expect: DS1005
HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
# expect: DS1001, DS4001
CMD ["uvicorn", "app.main:app", "--port", "8000", "--host", "0.0.0.0"]
