FROM python:3.11-slim
WORKDIR /app
COPY x.txt /app/
RUN pip install \
    nothing-here==0.0 || (echo boom && exit 3)
CMD ["python"]
