"""Personal pages (docs/self-service.md): `/p/<token>` shows a person their own page, rendered
on the server from a Jinja2 template with autoescaping, no script. Every miss (a malformed,
unknown or revoked token, a person who left) is the server's one 404; misses are counted per
client address and requests per link (web/security.py). The token is looked up again at every
request, so a revoked link stops at once, in a tab already open too."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from urllib.parse import parse_qs

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.background import BackgroundTask, BackgroundTasks
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from planner.domain import Slot, TimeWindow
from planner.errors import ChangedMeanwhile, PlannerError
from planner.io.feed_key import token_hash
from planner.service import Service
from planner.service.availability import Changed
from planner.service.page_view import PageView
from planner.service.results import Offer
from planner.settings import SHIFT_CLASSES
from web.exchange_forms import ACTIONS, handle
from web.exchange_words import OUTCOMES as EXCHANGE_OUTCOMES
from web.exchange_words import exchange_words
from web.page_words import page_words
from web.security import RateLimits

HERE = Path(__file__).parent
NO_STORE = {"Cache-Control": "no-store"}  # a person's page is for them alone, and changes
CSRF_COOKIE = "roster_csrf"
MAX_FORM = 16 * 1024  # bytes: a page's forms are a few fields
OUTCOMES = (
    "requested",
    "repaired",
    "published",
    "unstaffed",
    "failed",
    "saved",
    "broken",
    "changed",
    "invalid",
    *EXCHANGE_OUTCOMES,
)


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped: a name like <script> shows as text
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def too_many() -> Response:
    return PlainTextResponse(
        "Too Many Requests", status_code=429, headers={**NO_STORE, "Retry-After": "60"}
    )


def forbidden() -> Response:
    return PlainTextResponse("Forbidden", status_code=403, headers=NO_STORE)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def csrf_of(request: Request) -> str:
    """The CSRF secret of this browser: its cookie's, or a new one (double submit: each form
    carries it, and a POST is taken only when form and cookie agree)."""
    found = request.cookies.get(CSRF_COOKIE, "")
    return found if len(found) == 43 else secrets.token_urlsafe(32)


def same_origin(request: Request) -> bool:
    """The form came from this server's own page. Browsers say where from in Sec-Fetch-Site
    and Origin; under Referrer-Policy no-referrer a same-origin POST may carry Origin "null",
    so only another named origin (or another site by Sec-Fetch-Site) is refused. The CSRF
    token and the SameSite=Strict cookie are the guard that counts."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True
    return origin == f"{request.url.scheme}://{request.headers.get('host', '')}"


async def read_form(request: Request) -> dict[str, str] | None:
    """The urlencoded form of a POST, or None when it is something else or too big."""
    if request.headers.get("content-type", "").split(";")[0].strip() != (
        "application/x-www-form-urlencoded"
    ):
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            return None
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        return None
    return {key: values[0] for key, values in fields.items()}


def csrf_ok(request: Request, form: dict[str, str]) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    field = form.get("csrf", "")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), field.encode())


def page_routes(
    service: Service, not_found: Callable[[], Response], limits: RateLimits
) -> list[Route]:
    templates = environment()
    page_template = templates.get_template("page.html")  # compiled once, kept
    css = (HERE / "assets" / "page.css").read_bytes()

    def miss(request: Request) -> Response:
        limits.missed(client_address(request))
        return not_found()

    def opened(request: Request) -> tuple[str, PageView] | Response:
        """The token and the person's view, or the answer that refuses it (404, 429)."""
        if limits.address_blocked(client_address(request)):
            return too_many()
        token: str = request.path_params["token"]
        view = service.page(token)
        if view is None:
            return miss(request)
        if not limits.link_allowed(token_hash(token)):
            return too_many()
        return token, view

    def answer(request: Request, token: str, body: str, csrf: str) -> Response:
        # Recorded after the answer, at most hourly: the digest names links never opened.
        response = HTMLResponse(
            body, headers=NO_STORE, background=BackgroundTask(service.page_opened, token)
        )
        response.set_cookie(
            CSRF_COOKIE,
            csrf,
            path=f"/p/{token}",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response

    def page(request: Request) -> Response:
        """The person's own page: their shifts, offers, absences and forms. It reads only
        their rows: what they may take and whom to offer to are on pages of their own
        (`take`, `offer`), which weigh the rules for every open place or colleague."""
        # A plain (sync) endpoint: Starlette runs it in its thread pool, so the database
        # reads do not hold up the event loop.
        got = opened(request)
        if isinstance(got, Response):
            return got
        token, view = got
        done = request.query_params.get("done", "")
        done = done if done in OUTCOMES else ""
        csrf = csrf_of(request)
        own = list(view.own_offers)
        names = service.colleague_labels(view.person_id) if _named(own) else {}
        body = page_template.render(
            w=page_words(view, done),
            x=exchange_words(view, [], own, None, done, names=names),
            exchange_action=f"/p/{token}/exchange/",
            take_url=f"/p/{token}/take",
            offer_url=f"/p/{token}/offer?shift=",
            csrf=csrf,
            seen=view.seen,
            cancel_action=f"/p/{token}/cancel",
            offers_action=f"/p/{token}/offers",
            absence_action=f"/p/{token}/absence",
            day_off_action=f"/p/{token}/day-off",
            wishes_action=f"/p/{token}/wishes",
            reminder_action=f"/p/{token}/reminder",
        )
        return answer(request, token, body, csrf)

    def take(request: Request) -> Response:
        """The shifts the person may take ("Shifts I can take"): offers and open places, each
        weighed against every hard rule for them."""
        got = opened(request)
        if isinstance(got, Response):
            return got
        token, view = got
        csrf = csrf_of(request)
        body = templates.get_template("take.html").render(
            w=page_words(view, ""),
            x=exchange_words(
                view,
                service.takeable(view.person_id),
                [],
                service.contract_minutes(view.person_id),
                names=service.colleague_labels(view.person_id),
            ),
            page_url=f"/p/{token}",
            exchange_action=f"/p/{token}/exchange/",
            csrf=csrf,
        )
        return answer(request, token, body, csrf)

    def offer(request: Request) -> Response:
        """One of the person's shifts: to whom they may offer it and the swaps they may
        propose for it. Only a shift of theirs they may still offer; any other is a miss."""
        got = opened(request)
        if isinstance(got, Response):
            return got
        token, view = got
        wanted = request.query_params.get("shift", "")
        offered = {o.shift_id for o in view.own_offers}
        shift = next(
            (
                s
                for s in view.shifts
                if s.shift_id == wanted and s.can_cancel and not (s.requested or s.away)
            ),
            None,
        )
        if shift is None or shift.shift_id in offered:
            return miss(request)
        csrf = csrf_of(request)
        body = templates.get_template("offer.html").render(
            w=page_words(view, ""),
            x=exchange_words(
                view,
                [],
                [],
                None,
                choices=service.offer_choices(view.person_id, [shift.shift_id]),
            ),
            s=next(s for s in page_words(view, "")["shifts"] if s["id"] == shift.shift_id),
            page_url=f"/p/{token}",
            exchange_action=f"/p/{token}/exchange/",
            csrf=csrf,
        )
        return answer(request, token, body, csrf)

    async def posted(request: Request) -> tuple[str, str, dict[str, str]] | Response:
        """A form POST's token, person and fields, or the answer that refuses it: the
        same 404 as any miss, 429 when rate-limited, 403 without the CSRF token or from
        another site."""
        if limits.address_blocked(client_address(request)):
            return too_many()
        token: str = request.path_params["token"]
        person_id = await run_in_threadpool(service.page_person, token)
        if person_id is None:
            return miss(request)
        if not limits.link_allowed(token_hash(token)):
            return too_many()
        form = await read_form(request)
        if form is None or not same_origin(request) or not csrf_ok(request, form):
            return forbidden()
        return token, person_id, form

    def back(token: str, done: str) -> Response:
        return RedirectResponse(f"/p/{token}?done={done}", status_code=303, headers=NO_STORE)

    async def cancel(request: Request) -> Response:
        """The person cannot come to one of their shifts: a POST with the CSRF token; then
        back to the page (303), which says what happened."""
        got = await posted(request)
        if isinstance(got, Response):
            return got
        token, person_id, form = got
        acting = service.as_person(person_id)
        tasks = BackgroundTasks()
        try:
            outcome = await run_in_threadpool(acting.cannot_come, person_id, form.get("shift", ""))
        except PlannerError:
            done = "failed"  # changed meanwhile, busy: nothing was written
        else:
            if outcome is None:
                return miss(request)  # someone else's shift, or too late: the same 404
            if outcome.unstaffed or outcome.held:
                # The coordinator's alert mail goes at once, after the answer.
                tasks.add_task(_send_quietly, service)
            done = (
                "requested"
                if outcome.requested
                else "unstaffed"
                if outcome.unstaffed
                else "published"
                if outcome.published
                else "repaired"
            )
        response = back(token, done)
        response.background = tasks
        return response

    async def change(request: Request) -> Response:
        """Offered days and times, wishes, the reminder, an absence, a day off: one audited write
        each, with the page's `seen` as the optimistic check."""
        got = await posted(request)
        if isinstance(got, Response):
            return got
        token, person_id, form = got
        acting = service.as_person(person_id)
        what = request.url.path.rsplit("/", 1)[1]
        try:
            seen = int(form.get("seen", ""))
            if what == "offers":
                offers = parse_offers(form)
                result: Changed = await run_in_threadpool(
                    lambda: acting.set_offers(person_id, offers, seen=seen)
                )
            elif what == "reminder":
                chosen = form.get("reminder", "")
                minutes = int(chosen) if chosen else None
                result = await run_in_threadpool(
                    lambda: acting.set_reminder(person_id, minutes, seen=seen)
                )
            elif what == "wishes":
                prefers, avoids = parse_wishes(form)
                result = await run_in_threadpool(
                    lambda: acting.set_wishes(person_id, prefers, avoids, seen=seen)
                )
            elif what == "absence":
                first, last = date.fromisoformat(form["first"]), date.fromisoformat(form["last"])
                result = await run_in_threadpool(
                    lambda: acting.add_own_absence(person_id, first, last, seen=seen)
                )
            else:
                day = date.fromisoformat(form["day"])
                result = await run_in_threadpool(
                    lambda: acting.add_day_off(person_id, day, seen=seen)
                )
        except ChangedMeanwhile:
            return back(token, "changed")
        except (PlannerError, ValueError, KeyError):
            return back(token, "invalid")
        response = back(token, "broken" if result.broken else "saved")
        if result.broken:
            # The coordinator's alert mails go at once, after the answer.
            response.background = BackgroundTask(_send_quietly, service)
        return response

    async def exchange(request: Request) -> Response:
        """Offer a shift, keep it, take one: a POST with the CSRF token; then back to the
        page (303), which says what happened."""
        got = await posted(request)
        if isinstance(got, Response):
            return got
        token, person_id, form = got
        action = request.path_params["action"]
        if action not in ACTIONS:
            return miss(request)
        acting = service.as_person(person_id)
        done = await run_in_threadpool(handle, acting, person_id, action, form)
        return back(token, done)

    def stylesheet(_request: Request) -> Response:
        return Response(
            css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"}
        )

    return [
        Route("/p/{token}", page, methods=["GET", "HEAD"]),
        Route("/p/{token}/take", take, methods=["GET", "HEAD"]),
        Route("/p/{token}/offer", offer, methods=["GET", "HEAD"]),
        Route("/p/{token}/cancel", cancel, methods=["POST"]),
        Route("/p/{token}/offers", change, methods=["POST"]),
        Route("/p/{token}/absence", change, methods=["POST"]),
        Route("/p/{token}/day-off", change, methods=["POST"]),
        Route("/p/{token}/wishes", change, methods=["POST"]),
        Route("/p/{token}/reminder", change, methods=["POST"]),
        Route("/p/{token}/exchange/{action}", exchange, methods=["POST"]),
        Route("/assets/page.css", stylesheet, methods=["GET", "HEAD"]),
    ]


def _named(own: list[Offer]) -> bool:
    """Whether the person's own offers name a colleague (so the page needs their names)."""
    return any(o.to_person_id for o in own)


def _send_quietly(service: Service) -> None:
    """Mail what the outbox holds; a mail server that is down leaves it for `roster tick`."""
    try:
        service.send_page_mail()
    except PlannerError:
        pass


def parse_offers(form: dict[str, str]) -> tuple[TimeWindow, ...]:
    """One window a day from the offers form: day<N> ticked, start<N> and end<N> as HH:MM.
    ValueError for a time that is not one."""
    found = []
    for weekday in range(7):
        if form.get(f"day{weekday}") != "on":
            continue
        start = time.fromisoformat(form.get(f"start{weekday}", ""))
        end = time.fromisoformat(form.get(f"end{weekday}", ""))
        found.append(TimeWindow(weekday, start, end))
    return tuple(found)


def parse_wishes(form: dict[str, str]) -> tuple[tuple[Slot, ...], tuple[Slot, ...]]:
    """The preferred and avoided days and kinds of shift of the wishes form: wish_day<N> and
    wish_<kind>, each '', 'prefer' or 'avoid'. ValueError for any other choice."""
    prefers: list[Slot] = []
    avoids: list[Slot] = []
    fields = [(f"wish_day{d}", Slot(d, None)) for d in range(7)]
    fields += [(f"wish_{kind}", Slot(None, kind)) for kind in SHIFT_CLASSES]
    for name, slot in fields:
        chosen = form.get(name, "")
        if chosen == "prefer":
            prefers.append(slot)
        elif chosen == "avoid":
            avoids.append(slot)
        elif chosen:
            raise ValueError(chosen)
    return tuple(prefers), tuple(avoids)
