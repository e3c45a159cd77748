"""Request parsers of the API.

Django checks DATA_UPLOAD_MAX_MEMORY_SIZE when it reads a form itself, but DRF reads a JSON body
from the raw stream, past that check: without this parser a client could make a worker read
and decode a body of any size.
"""

from __future__ import annotations

import io
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from rest_framework.parsers import JSONParser


class BoundedJSONParser(JSONParser):
    """JSON, refused with 413 (api.errors) past DATA_UPLOAD_MAX_MEMORY_SIZE."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if limit is not None and declared and declared.isdigit() and int(declared) > limit:
            raise RequestDataTooBig
        if limit is not None and stream is not None:
            body = stream.read(limit + 1)
            if len(body) > limit:
                raise RequestDataTooBig
            return super().parse(io.BytesIO(body), media_type, parser_context)
        return super().parse(stream, media_type, parser_context)
