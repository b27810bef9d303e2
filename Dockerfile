# The production image: web, worker, beat and migrate all run it (docker-compose.yml), each started by
# scripts/serve.sh with its role. https://docs.docker.com/build/building/best-practices/
FROM python:3.11-slim

# https://docs.python.org/3/using/cmdline.html#envvar-PYTHONDONTWRITEBYTECODE
# The code runs from /app (PYTHONPATH), where templates/, static/ and fixtures/ sit beside it; the pip
# install below is for the pinned dependencies.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

WORKDIR /app

# Dependencies first, in their own layer, so that a code change does not reinstall them. Only the
# project's metadata is here yet: this installs exactly the versions pinned in constraints.txt.
COPY pyproject.toml constraints.txt ./
RUN pip install -c constraints.txt . && rm -rf build ./*.egg-info

COPY . .

# The scoring engine's hot modules compiled by mypyc (scripts/build_engine.py; a failure fails the build).
# The C compiler is there for this step only: installed and removed in the same layer.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && python scripts/build_engine.py --force \
    && apt-get purge -y --auto-remove gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*

# A non-root user owns only data/ (collected static files, Celery beat's schedule); the code stays
# read-only to it. https://docs.docker.com/build/building/best-practices/#user
RUN useradd --system --create-home --uid 10001 app \
    && mkdir -p /app/data \
    && chown app:app /app/data
USER app

# Static files are collected (hashed and compressed for WhiteNoise) into the image at build time, as the
# user that may collect them again (`serve.sh migrate`). Settings refuse to load without SECRET_KEY and
# ALLOWED_HOSTS when DEBUG is off: these dummies exist only for this RUN step, never in a container.
# https://whitenoise.readthedocs.io/en/stable/django.html
RUN SECRET_KEY=build-time-only-collectstatic-needs-no-real-key ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput

EXPOSE 8000
CMD ["bash", "scripts/serve.sh", "web"]
