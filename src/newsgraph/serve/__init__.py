"""serve/: the HTTP API (FastAPI) and the web UI over the one query layer (store/queries/).

``create_app(db_url, token, max_body)`` builds the app; ``newsgraph serve`` runs it with uvicorn.
"""
from .app import create_app

__all__ = ["create_app"]
