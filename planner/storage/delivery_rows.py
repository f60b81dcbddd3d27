"""The [feeds] and [mail] settings as the organisation row keeps them: JSON objects of plain
values (durations in whole minutes, hours or seconds, as organisation.toml writes them)."""

from __future__ import annotations

from datetime import time, timedelta
from typing import Any

from planner.delivery import (
    Cancellations,
    ColleaguesShown,
    Exchanges,
    FeedSettings,
    MailSettings,
    Security,
    SelfServiceSettings,
    WatchSettings,
)


def feeds_json(feeds: FeedSettings) -> dict[str, Any]:
    return {
        "base_url": feeds.base_url,
        "past_weeks": feeds.past_weeks,
        "refresh_minutes": int(feeds.refresh.total_seconds() // 60),
    }


def feeds_from_json(data: dict[str, Any] | None) -> FeedSettings:
    if not data:
        return FeedSettings()
    default = FeedSettings()
    return FeedSettings(
        base_url=data.get("base_url", default.base_url),
        past_weeks=data.get("past_weeks", default.past_weeks),
        refresh=timedelta(minutes=data.get("refresh_minutes", 30)),
    )


def mail_json(mail: MailSettings | None) -> dict[str, Any] | None:
    if mail is None:
        return None
    return {
        "host": mail.host,
        "port": mail.port,
        "security": mail.security.value,
        "sender": mail.sender,
        "username": mail.username,
        "password_env": mail.password_env,  # the variable's name: never the password
        "reply_to": mail.reply_to,
        "short_notice_hours": int(mail.short_notice.total_seconds() // 3600),
        "timeout_seconds": int(mail.timeout.total_seconds()),
    }


def mail_from_json(data: dict[str, Any] | None) -> MailSettings | None:
    if not data:
        return None
    return MailSettings(
        host=data["host"],
        sender=data["sender"],
        security=Security(data["security"]),
        port=data["port"],
        username=data.get("username", ""),
        password_env=data["password_env"],
        reply_to=data.get("reply_to", ""),
        short_notice=timedelta(hours=data.get("short_notice_hours", 48)),
        timeout=timedelta(seconds=data.get("timeout_seconds", 30)),
    )


def watch_json(watch: WatchSettings) -> dict[str, Any] | None:
    if watch == WatchSettings():
        return None
    return {
        "lead_minutes": int(watch.reminder_lead.total_seconds() // 60),
        "digest_days": watch.digest_days,
        "digest_at": watch.digest_at.strftime("%H:%M"),
        "digest_to": watch.digest_to,
        "wall_names": watch.wall_names,
        "feed_stale_days": watch.feed_stale_days,
    }


def watch_from_json(data: dict[str, Any] | None) -> WatchSettings:
    if not data:
        return WatchSettings()
    default = WatchSettings()
    return WatchSettings(
        reminder_lead=timedelta(minutes=data.get("lead_minutes", 24 * 60)),
        digest_days=data.get("digest_days", default.digest_days),
        digest_at=time.fromisoformat(data.get("digest_at", "07:00")),
        digest_to=data.get("digest_to", ""),
        wall_names=data.get("wall_names", default.wall_names),
        feed_stale_days=data.get("feed_stale_days", default.feed_stale_days),
    )


def self_service_json(settings: SelfServiceSettings) -> dict[str, Any]:
    return {
        "show_colleagues": settings.show_colleagues.value,
        "cancellations": settings.cancellations.value,
        "cancel_before_hours": int(settings.cancel_before.total_seconds() // 3600),
        "exchanges": settings.exchanges.value,
        "offer_deadline_hours": int(settings.offer_deadline.total_seconds() // 3600),
        "closed_activities": sorted(settings.closed_activities),
        "newcomers_exchange": settings.newcomers_exchange,
    }


def self_service_from_json(data: dict[str, Any] | None) -> SelfServiceSettings:
    default = SelfServiceSettings()
    if not data:
        return default
    return SelfServiceSettings(
        show_colleagues=ColleaguesShown(data.get("show_colleagues", default.show_colleagues)),
        cancellations=Cancellations(data.get("cancellations", default.cancellations)),
        cancel_before=timedelta(hours=data.get("cancel_before_hours", 48)),
        exchanges=Exchanges(data.get("exchanges", default.exchanges)),
        offer_deadline=timedelta(hours=data.get("offer_deadline_hours", 24)),
        closed_activities=frozenset(data.get("closed_activities", ())),
        newcomers_exchange=bool(data.get("newcomers_exchange", True)),
    )
