"""The API's JSON parser, with the same body-size cap as the rest of the site.

DRF reads the request stream itself, so Django's DATA_UPLOAD_MAX_MEMORY_SIZE never applies to API bodies;
this parser applies it, answering 413 in the API's error shape.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import exceptions, status
from rest_framework.parsers import JSONParser


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"
    default_detail = "The request body is too large."


class LimitedJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        try:
            length = int(declared) if declared else 0
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            raise RequestTooLarge(
                f"The request body is {length:,} bytes: at most {limit:,} bytes are accepted. "
                "Send fewer or shorter values per request."
            )
        return super().parse(stream, media_type, parser_context)
