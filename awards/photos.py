"""The public copy of a practice's photo: the picture without its metadata.

A camera or a phone writes into a photo where and when it was taken, on what device, sometimes
by whom (EXIF, XMP, comments). The applicant consented to publishing the photo, not that. The
public copy is the picture decoded and encoded again in its own format (PNG, JPEG or WebP),
upright (the EXIF orientation applied, since the tag goes), with its colour profile and
nothing else. It is written once, next to the uploads (``public-photos/<id>/``), and written
again if the original changes; the original itself is never touched.
"""

from __future__ import annotations

import io
import logging

from django.core.files.base import ContentFile, File
from PIL import Image, ImageOps, UnidentifiedImageError

from awards import uploads
from awards.models import Attachment

logger = logging.getLogger(__name__)

FOLDER = "public-photos"
FORMATS = {uploads.PNG: "PNG", uploads.JPEG: "JPEG", uploads.WEBP: "WEBP"}
# What an image may keep of its own information: how it is drawn, not who took it where.
KEPT = ("transparency",)
JPEG_QUALITY = 90


def public_copy(photo: Attachment) -> tuple[File, uploads.FileType] | None:
    """The photo without metadata, open for reading, and its type; None when the original is
    missing, unreadable, or not a PNG, JPEG or WebP picture."""
    storage, name = photo.file.storage, photo.file.name
    try:
        stamp = f"{storage.size(name)}-{int(storage.get_modified_time(name).timestamp())}"
    except (OSError, ValueError):
        return None  # the original is gone: nothing to show
    except NotImplementedError:
        stamp = "copy"
    folder = f"{FOLDER}/{photo.pk}"
    try:
        with photo.file.open("rb") as handle:
            kind = uploads.sniff(handle)
            if kind not in uploads.IMAGES:
                return None
            copy = f"{folder}/{stamp}{kind.extension}"
            if storage.exists(copy):
                return storage.open(copy, "rb"), kind
            content = without_metadata(handle, kind)
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError):
        logger.warning("The photo %s cannot be read", photo.pk, exc_info=True)
        return None
    forget_older_copies(storage, folder)
    saved = storage.save(copy, ContentFile(content))
    return storage.open(saved, "rb"), kind


def without_metadata(handle: io.BufferedIOBase, kind: uploads.FileType) -> bytes:
    """The picture encoded again in its format, upright, with its colour profile only."""
    with Image.open(handle) as image:
        if image.width * image.height > uploads.MAX_PIXELS:
            raise ValueError("too large to open safely")
        image.load()
        profile = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
        upright.info = {key: image.info[key] for key in KEPT if key in image.info}
        options: dict[str, object] = {"format": FORMATS[kind]}
        if profile:
            options["icc_profile"] = profile
        if kind == uploads.JPEG:
            options["quality"] = JPEG_QUALITY
        if kind == uploads.WEBP:
            options["quality"] = JPEG_QUALITY
        out = io.BytesIO()
        upright.save(out, **options)
    return out.getvalue()


def forget_older_copies(storage: object, folder: str) -> None:
    try:
        _folders, files = storage.listdir(folder)  # type: ignore[attr-defined]
    except (OSError, NotImplementedError):
        return
    for name in files:
        storage.delete(f"{folder}/{name}")  # type: ignore[attr-defined]
