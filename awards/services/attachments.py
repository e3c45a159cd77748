"""The files and links that support a candidacy."""

from __future__ import annotations

from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from awards import uploads
from awards.enums import AttachmentKind
from awards.models import Attachment, Candidacy
from awards.services.applications import editing_problems, require_applicant
from awards.transitions import TransitionRefused


def can_change_files(candidacy: Candidacy, by: Any) -> None:
    require_applicant(by, candidacy)
    problems = editing_problems(candidacy)
    if problems:
        raise TransitionRefused(problems)


def add_attachment(
    candidacy: Candidacy, *, kind: str, upload: IO[bytes], name: str, by: Any, caption: str = ""
) -> Attachment:
    """Checks the file by its content and size, then keeps it under a random name.

    Raises ValidationError (field "file") when the file is refused; nothing is stored then.
    """
    can_change_files(candidacy, by)
    if kind not in (AttachmentKind.PHOTO, AttachmentKind.DOCUMENT, AttachmentKind.AUTHORISATION):
        raise ValidationError({"kind": [_("Choose what the file is.")]})
    content = uploads.read_all(upload)
    size = len(content.getvalue())
    already = candidacy.attachments.aggregate(total=Sum("size"))["total"] or 0
    try:
        detected = uploads.check_upload(kind, content, size, already)
    except ValidationError as error:
        raise ValidationError({"file": error.error_list}) from None  # codes kept for the API
    shown = uploads.clean_name(name)
    attachment = Attachment(
        candidacy=candidacy,
        kind=kind,
        original_name=shown,
        content_type=detected.content_type,
        size=size,
        caption=caption[:300],
        uploaded_by=by,
    )
    with transaction.atomic():
        attachment.file.save(
            f"upload{detected.extension}", ContentFile(content.getvalue()), save=False
        )
        attachment.save()
    return attachment


def add_video_link(candidacy: Candidacy, *, url: str, by: Any, caption: str = "") -> Attachment:
    can_change_files(candidacy, by)
    try:
        URLValidator(schemes=["https", "http"])(url)
    except ValidationError:
        raise ValidationError(
            {"url": [_("Give the web address of the video (https://…).")]}
        ) from None
    return Attachment.objects.create(
        candidacy=candidacy,
        kind=AttachmentKind.VIDEO_LINK,
        url=url,
        caption=caption[:300],
        uploaded_by=by,
    )


def remove_attachment(attachment: Attachment, *, by: Any) -> None:
    can_change_files(attachment.candidacy, by)
    with transaction.atomic():
        attachment.file.delete(save=False)
        attachment.delete()
