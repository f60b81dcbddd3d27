"""organisation.toml's [feeds] and [mail]: read into settings, refused with the line and the
key when wrong, never holding a password, and kept by the database as they were written."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.delivery import (
    Cancellations,
    ColleaguesShown,
    Exchanges,
    FeedSettings,
    MailSettings,
    Security,
    SelfServiceSettings,
)
from planner.errors import InputError
from planner.io.folder import InvalidFolder, read_folder
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.io.folder_builder import ORGANISATION, write_folder

MAIL = """
[feeds]
base_url = "https://rooster.example.be/"
past_weeks = 2
refresh_minutes = 60

[mail]
host = "smtp.example.be"
security = "ssl"
sender = "Sociaal Huis Testdorp <rooster@example.be>"
username = "rooster"
password_env = "TESTDORP_SMTP"
reply_to = "sara@example.be"
short_notice_hours = 24
"""


def organisation_of(tmp_path, text: str):
    return read_folder(write_folder(tmp_path, organisation=ORGANISATION + text)).organisation


def problem(tmp_path, text: str) -> InputError:
    with pytest.raises(InvalidFolder) as caught:
        organisation_of(tmp_path, text)
    return caught.value


def test_self_service_is_read_with_its_units(tmp_path):
    org = organisation_of(
        tmp_path,
        '\n[self_service]\nshow_colleagues = "none"\ncancellations = "repair"\n'
        "cancel_before_hours = 24\n",
    )

    assert org.self_service == SelfServiceSettings(
        ColleaguesShown.NONE, Cancellations.REPAIR, timedelta(hours=24)
    )


def test_exchange_settings_are_read_and_kept_by_the_database(tmp_path):
    org = organisation_of(
        tmp_path,
        '\n[self_service]\nexchanges = "approve"\noffer_deadline_hours = 12\n'
        'closed_activities = ["nachtopvang"]\nnewcomers_exchange = false\n',
    )
    settings = org.self_service
    assert settings.exchanges is Exchanges.APPROVE
    assert settings.offer_deadline == timedelta(hours=12)
    assert settings.closed_activities == {"nachtopvang"}
    assert settings.newcomers_exchange is False
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org)
    assert repo.load_organisation().self_service == settings


def test_feeds_and_mail_are_read_with_their_units(tmp_path):
    org = organisation_of(tmp_path, MAIL)

    assert org.feeds == FeedSettings("https://rooster.example.be", 2, timedelta(minutes=60))
    assert org.mail == MailSettings(
        host="smtp.example.be",
        sender="Sociaal Huis Testdorp <rooster@example.be>",
        security=Security.SSL,
        port=465,  # the port that goes with ssl when none is given
        username="rooster",
        password_env="TESTDORP_SMTP",
        reply_to="sara@example.be",
        short_notice=timedelta(hours=24),
    )


def test_without_the_tables_there_is_no_mail_server_and_feeds_take_defaults(tmp_path):
    org = organisation_of(tmp_path, "")

    assert org.mail is None
    assert org.feeds == FeedSettings()
    assert org.feeds.past_weeks == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '\n[mail]\nhost = "smtp.example.be"\nsender = "r@example.be"\npassword = "geheim"\n',
            "organisation.toml line 9: [mail] password: a password is never written in a file",
        ),
        (
            '\n[mail]\nhost = "smtp.example.be"\nsender = "r@example.be"\nport = "abc"\n',
            "organisation.toml line 9: [mail] port 'abc' is not a whole number from 1 to 65535",
        ),
        (
            '\n[mail]\nhost = "smtp.example.be"\nsender = "rooster"\n',
            "organisation.toml line 8: [mail] sender 'rooster' is not an email address",
        ),
        (
            '\n[mail]\nsender = "r@example.be"\n',
            "organisation.toml line 6: [mail] host must be the mail server's name",
        ),
        (
            '\n[mail]\nhost = "smtp.example.be"\nsender = "r@example.be"\nsecurity = "tls"\n',
            "organisation.toml line 9: [mail] security 'tls' is none of starttls, ssl, none",
        ),
        (
            '\n[mail]\nhost = "h.be"\nsender = "r@example.be"\npassword_env = "my password"\n',
            "organisation.toml line 9: [mail] password_env 'my password' is not the name of an",
        ),
        (
            '\n[feeds]\nbase_url = "rooster.example.be"\n',
            "organisation.toml line 7: [feeds] base_url 'rooster.example.be' is not a web address",
        ),
        (
            "\n[feeds]\npast_weeks = -1\n",
            "organisation.toml line 7: [feeds] past_weeks -1 is not a whole number from 0 to",
        ),
        (
            "\n[feeds]\ncolour = 1\n",
            "organisation.toml line 7: [feeds] unknown setting 'colour'",
        ),
        ('\nmail = "smtp.example.be"\n', "organisation.toml line 6: mail must be a table: [mail]"),
        (
            '\n[self_service]\nshow_colleagues = "full_name"\n',
            "organisation.toml line 7: [self_service] show_colleagues 'full_name' is none of "
            "none, first_name",
        ),
        (
            '\n[self_service]\nexchanges = "sometimes"\n',
            "organisation.toml line 7: [self_service] exchanges 'sometimes' is none of at_once",
        ),
        (
            '\n[self_service]\nclosed_activities = "nachtopvang"\n',
            "organisation.toml line 7: [self_service] closed_activities must be a list",
        ),
        (
            "\n[self_service]\ncancel_before_hours = -2\n",
            "organisation.toml line 7: [self_service] cancel_before_hours -2 is not a whole number",
        ),
    ],
)
def test_bad_settings_name_the_line_and_the_key(tmp_path, text, expected):
    assert str(problem(tmp_path, text)).startswith(expected)


def test_the_database_keeps_the_settings_and_no_password(tmp_path, monkeypatch):
    monkeypatch.setenv("TESTDORP_SMTP", "s3cret-wachtwoord")
    org = organisation_of(tmp_path, MAIL)
    db = tmp_path / "roster.db"
    repo = Repository(make_engine(f"sqlite:///{db}"))
    repo.save_organisation(org)

    again = repo.load_organisation()

    assert (again.feeds, again.mail) == (org.feeds, org.mail)
    assert again.self_service == org.self_service
    assert b"s3cret-wachtwoord" not in db.read_bytes()
    assert b"TESTDORP_SMTP" in db.read_bytes()  # the variable's name only
