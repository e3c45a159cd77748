"""What an uploaded file really is, judged by its content, never by its name.

A photo must decode as a PNG, JPEG or WebP image; a document must be a PDF, an office document
(Office Open XML or OpenDocument) or a picture. A file whose content does not match the kind
it is uploaded as is refused with a message that says what was found.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from awards.enums import AttachmentKind

MAX_FILE = 10 * 1024 * 1024  # per file
MAX_TOTAL = 30 * 1024 * 1024  # per candidacy
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class FileType:
    content_type: str
    extension: str
    label: str


PDF = FileType("application/pdf", ".pdf", "PDF")
PNG = FileType("image/png", ".png", "PNG")
JPEG = FileType("image/jpeg", ".jpg", "JPEG")
WEBP = FileType("image/webp", ".webp", "WebP")
DOCX = FileType(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word"
)
XLSX = FileType(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel"
)
PPTX = FileType(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".pptx",
    "PowerPoint",
)
ODT = FileType("application/vnd.oasis.opendocument.text", ".odt", "OpenDocument text")
ODS = FileType("application/vnd.oasis.opendocument.spreadsheet", ".ods", "OpenDocument sheet")
ODP = FileType(
    "application/vnd.oasis.opendocument.presentation", ".odp", "OpenDocument presentation"
)

IMAGES = (PNG, JPEG, WEBP)
OFFICE = {"word/": DOCX, "xl/": XLSX, "ppt/": PPTX}
OPENDOCUMENT = {t.content_type: t for t in (ODT, ODS, ODP)}
ALLOWED = {
    AttachmentKind.PHOTO: IMAGES,
    AttachmentKind.DOCUMENT: (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, *IMAGES),
    AttachmentKind.AUTHORISATION: (PDF, *IMAGES),
}


def sniff(handle: IO[bytes]) -> FileType | None:
    """The type the bytes say, or None for anything we do not accept."""
    handle.seek(0)
    head = handle.read(SNIFF_BYTES)
    handle.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04"):
        return office_type(handle)
    return None


def office_type(handle: IO[bytes]) -> FileType | None:
    try:
        with zipfile.ZipFile(handle) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                return OPENDOCUMENT.get(mimetype)
            if "[Content_Types].xml" in names:
                for prefix, kind in OFFICE.items():
                    if any(name.startswith(prefix) for name in names):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        handle.seek(0)
    return None


def check_image(handle: IO[bytes]) -> None:
    """Decodes the whole picture: a truncated or disguised file fails here."""
    try:
        with Image.open(handle) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(_("This picture is too large to open safely."))
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(_("This picture is damaged or is not a picture.")) from None
    finally:
        handle.seek(0)


def clean_name(name: str) -> str:
    """The file's name as shown to people: no folders, no control characters, not too long."""
    base = PurePath(name.replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip(" .") or _("file")
    return base[:150]


def check_upload(kind: str, upload: IO[bytes], size: int, already: int) -> FileType:
    """Refuses what is too large, or not what its kind allows. Returns the detected type."""
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty")
    if size > MAX_FILE:
        raise ValidationError(
            _("A file may be at most %(limit)s; this one is %(size)s.")
            % {"limit": filesizeformat(MAX_FILE), "size": filesizeformat(size)},
            code="too_large",
        )
    if already + size > MAX_TOTAL:
        raise ValidationError(
            _("The attachments of a candidacy may total at most %(limit)s.")
            % {"limit": filesizeformat(MAX_TOTAL)},
            code="total_too_large",
        )
    detected = sniff(upload)
    allowed = ALLOWED.get(kind, ())
    if detected not in allowed:
        raise ValidationError(
            _("This file's content is not accepted here. Accepted: %(types)s.")
            % {"types": ", ".join(sorted({t.label for t in allowed}))},
            code="content",
        )
    if detected in IMAGES:
        check_image(upload)
    return detected


def read_all(upload: IO[bytes]) -> io.BytesIO:
    """A seekable copy for the checks, whatever the upload handler gave us."""
    upload.seek(0)
    return io.BytesIO(upload.read())
