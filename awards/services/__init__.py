"""What people do to the award's objects, with the side effects of each action.

Every surface (pages, API, admin, management commands, the demo seed) calls these functions,
which live in modules named after what they act on and are all importable from here.
"""

from awards.services.applications import (
    delete_draft,
    save_application,
    set_consent,
    start_candidacy,
)
from awards.services.attachments import add_attachment, add_video_link, remove_attachment
from awards.services.decisions import (
    apply_shortlist,
    declare_no_award,
    latest_snapshot,
    outbox_of,
    prepare_result_mail,
    record_decision,
    send_result_mails,
)
from awards.services.organisations import (
    accept_membership_invitation,
    invite_member,
    register_organisation,
)
from awards.services.transitions import (
    CANDIDACY_ACTIONS,
    EDITION_ACTIONS,
    archive_edition,
    close_call,
    close_due_calls,
    decide,
    mail_on_commit,
    mark_eligible,
    mark_ineligible,
    next_reference,
    open_call,
    perform,
    publish_results,
    return_for_clarification,
    start_deliberation,
    start_evaluation,
    submit_candidacy,
    withdraw_candidacy,
)
from awards.services.votes import (
    cast_ballot,
    give_community_mention,
    review_ballots,
    set_up_vote,
    tally,
)

__all__ = [
    "CANDIDACY_ACTIONS",
    "EDITION_ACTIONS",
    "accept_membership_invitation",
    "add_attachment",
    "add_video_link",
    "apply_shortlist",
    "archive_edition",
    "cast_ballot",
    "close_call",
    "close_due_calls",
    "decide",
    "declare_no_award",
    "delete_draft",
    "give_community_mention",
    "invite_member",
    "latest_snapshot",
    "mail_on_commit",
    "mark_eligible",
    "mark_ineligible",
    "next_reference",
    "open_call",
    "outbox_of",
    "perform",
    "prepare_result_mail",
    "publish_results",
    "record_decision",
    "register_organisation",
    "remove_attachment",
    "return_for_clarification",
    "review_ballots",
    "save_application",
    "send_result_mails",
    "set_consent",
    "set_up_vote",
    "start_candidacy",
    "start_deliberation",
    "start_evaluation",
    "submit_candidacy",
    "tally",
    "withdraw_candidacy",
]
