"""remember: keep a value in a bounded memo dict, emptied when full.

The headline cards, the status text and FitLabel write or measure the same figures again and again
while a slider is held and its figures come back (issue 13). Each keeps what it wrote in a dict of
its own (a window's language and a label's font are its own, so one shared cache would not do);
when the dict is full it is emptied rather than trimmed oldest-first: a drag shows a few hundred
values at most, and emptying costs nothing on a hit. (functools.lru_cache memoises a function for
the whole process, so it cannot be emptied per label when its font changes.)"""
from __future__ import annotations


def remember(memo: dict, key, value, most: int):
    """Keep `value` under `key` in `memo` (emptied first if it already holds `most` entries) and
    return it."""
    if len(memo) >= most:
        memo.clear()
    memo[key] = value
    return value
