"""The options of the list commands, drawn from the one table of filters (store/filters.py): ``@filter_options
("quotes")`` gives a command one option per filter its list takes (``--speaker``, ``--since``, ``--factuality``...),
with the table's help, and hands the command the given ones as ``filters`` (a dict for the query layer)."""
from __future__ import annotations

import functools
import inspect
import typing
from typing import Optional

import typer

from ..store import filters as F


def _option(list_name: str, name: str):
    f = F.FILTERS[name]
    flags = ["--" + name.replace("_", "-")] + ([f.short] if f.short else [])
    help_ = F.help_of(list_name, name)
    if f.kind == "choice":
        choices = F.choices_of(list_name, name)
        if len(choices) <= 6 and not any(c in help_ for c in choices):
            help_ += f" ({', '.join(choices)})"
    if f.kind == "flag":
        return typer.Option(False, *flags, help=help_), bool
    metavar = f.metavar
    if f.kind == "int":
        return typer.Option(None, *flags, help=help_, metavar=metavar), Optional[int]
    return typer.Option(None, *flags, help=help_, metavar=metavar), Optional[str]


def filter_options(list_name: str, skip: tuple[str, ...] = (), after: str = "db"):
    """Add the options of ``list_name``'s filters (but those in ``skip`` and those the command declares itself)
    after the command's ``after`` parameter; the command receives them as ``filters={name: value}`` (the ones
    given)."""
    def deco(fn):
        sig = inspect.signature(fn)
        hints = typing.get_type_hints(fn)
        own = [p.replace(annotation=hints.get(p.name, p.annotation)) for p in sig.parameters.values()
               if p.name != "filters"]
        names = [n for n in F.spec(list_name).filters if n not in skip and n not in sig.parameters]
        added = []
        for n in names:
            default, ann = _option(list_name, n)
            added.append(inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=ann))
        at = next((i + 1 for i, p in enumerate(own) if p.name == after), len(own))
        params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own[:at] + added + own[at:]]

        @functools.wraps(fn)
        def wrapper(**kw):
            given = {n: kw.pop(n) for n in names}
            blank = next((n for n, v in given.items() if isinstance(v, str) and not v.strip()), None)
            if blank:  # "--speaker ''" would otherwise list everything, as if no filter were given
                typer.echo(f"error: --{blank.replace('_', '-')}: empty; leave the option out to list everything",
                           err=True)
                raise typer.Exit(1)
            return fn(filters={k: v for k, v in given.items() if v not in (None, False)}, **kw)

        wrapper.__signature__ = sig.replace(parameters=params, return_annotation=None)
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        del wrapper.__wrapped__  # typer must read this signature, not the function's own
        return wrapper
    return deco
