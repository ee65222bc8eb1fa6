"""Starting points for the exports of common platforms (see shared knowledge of each format).

A preset is a profile: a mapping plus how to read units, abandonment, channels and contact keys.
Each is a starting point the user reviews; flags given on the command line override it.
Where a platform has no contact-reason column, the called service line stands in for it.
"""

from __future__ import annotations

from typing import Any

from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr

PRESETS: dict[str, dict[str, Any]] = {
    "amazon-connect": {
        "mapping": {
            "started_at": "InitiationTimestamp",
            "channel": "Channel",
            "reason": "Attributes.reason|Queue.Name",
            "customer_id": "CustomerEndpoint.Address",
            "segment": "Queue.Name",
            "handle_seconds": "Agent.AgentInteractionDuration+Agent.CustomerHoldDuration"
            "+Agent.AfterContactWorkDuration",
            "wait_seconds": "Queue.Duration",
        },
        "abandoned_when_empty": "Agent.ConnectedToAgentTimestamp",
        "contact_key": "InitialContactId|ContactId",
        "channel_values": {"VOICE": "Phone", "CHAT": "Chat", "TASK": "Task", "EMAIL": "Email"},
    },
    "genesys-cloud": {
        "mapping": {
            "started_at": "Date",
            "channel": "Media Type",
            "reason": "Wrap-up|Queue",
            "segment": "Queue",
            "handle_seconds": "Total Handle",
            "wait_seconds": "Total Queue",
            "abandoned": "Abandoned",
        },
        "units": {"handle_seconds": "ms", "wait_seconds": "ms"},
        "contact_key": "Conversation ID",
        "date_order": "mdy",
        "channel_values": {
            "voice": "Phone",
            "callback": "Phone",
            "message": "Messaging",
            "chat": "Chat",
            "email": "Email",
        },
    },
    "zendesk": {
        "mapping": {
            "started_at": "Created at",
            "channel": "Via",
            "reason": "Contact reason [list]|Group",
            "customer_id": "Requester id",
            "segment": "Group",
        },
        "contact_key": "Id",
        "channel_values": {
            "Mail": "Email",
            "Web form": "Email",
            "Chat": "Chat",
            "Voice": "Phone",
            "Messaging": "Messaging",
        },
    },
    "five9": {
        "mapping": {
            "started_at": "TIMESTAMP",
            "reason": "DISPOSITION",
            "customer_id": "ANI",
            "segment": "CAMPAIGN",
            "handle_seconds": "TALK TIME+HOLD TIME+PARK TIME+AFTER CALL WORK TIME",
            "wait_seconds": "QUEUE WAIT TIME",
            "abandoned": "ABANDONED",
        },
        "default_channel": "Phone",
        "contact_key": "CALL ID",
    },
    "talkdesk": {
        "mapping": {
            "started_at": "start_time",
            "reason": "disposition_code|call_type",
            "customer_id": "customer_phone_number",
            "handle_seconds": "talk_time+holding_time",
            "wait_seconds": "waiting_time",
            "csat": "csat_score",
        },
        "units": {"handle_seconds": "day", "wait_seconds": "day"},
        "abandoned_when": ["call_type", ["abandoned", "short_abandoned", "missed"]],
        "default_channel": "Phone",
        "contact_key": "interaction_id",
    },
    "nice-cxone": {
        "mapping": {
            "started_at": "Start_Date",
            "reason": "Skill_Name",
            "segment": "Skill_Name",
            "abandoned": "Abandon",
            "handle_seconds": "ACW_Seconds",
        },
        "default_channel": "Phone",
        "contact_key": "Master_Contact_ID|Contact_ID",
        "date_order": "mdy",
    },
    "cisco-ucce": {
        "mapping": {
            "started_at": "DateTime",
            "reason": "WrapupData|CallDisposition",
            "customer_id": "ANI",
            "handle_seconds": "TalkTime+HoldTime+WorkTime",
            "wait_seconds": "LocalQTime",
        },
        "abandoned_when": ["CallDisposition", ["1", "2", "3", "4", "5"]],
        "default_channel": "Phone",
        "contact_key": "PeripheralCallKey",
    },
    "avaya-smdr": {
        "mapping": {
            "started_at": "Call Start",
            "reason": "Dialled Number",
            "customer_id": "Caller",
            "handle_seconds": "Connected Time+Hold Time+Park Time",
            "wait_seconds": "Ring Time",
        },
        "abandoned_when": ["Connected Time", ["00:00:00"]],
        "default_channel": "Phone",
        "contact_key": "Call ID",
    },
    "biztel": {
        "mapping": {
            "started_at": "通話開始時間",
            "reason": "相手先番号",
            "customer_id": "発信元番号",
            "handle_seconds": "通話時間",
        },
        "units": {"handle_seconds": "s"},
        "default_channel": "電話",
    },
}


class UnknownPreset(PlanError):
    def sentence(self) -> str:
        return tr(
            "There is no preset {name}; the presets are {names}.",
            name=self.args[0],
            names=", ".join(PRESETS),
        )


def preset(name: str) -> dict[str, Any]:
    key = name.strip().lower()
    if key not in PRESETS:
        raise UnknownPreset(name)
    values = {k: (dict(v) if isinstance(v, dict) else v) for k, v in PRESETS[key].items()}
    values["lenient"] = True  # a starting point: columns this export lacks are left out
    return values
