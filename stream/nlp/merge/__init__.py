"""Merging the mentions of one event, and turning merged events into `Event` records.

Two mentions are one event when they have the same type and participants, and their places
and dates are compatible (equal, one unknown, or one inside the other: Pyongyang is in North
Korea, the Kremlin in Moscow, March 22 is in the week of March 17).

Modules, from the bottom up (each imports only modules before it): `compatible`, `stays`,
`same_event`, `precision`, `onward`, `programmes`, `records`.
"""
