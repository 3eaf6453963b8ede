"""Deleting snapshots: a delete is a QUndoCommand on the snapshot feature's own QUndoStack
(undo brings the file back from the trash, ticked again if it was compared), and the trash is
emptied by policy: entries deleted more than model.store.snapshot_store.TRASH_KEEP_DAYS days ago at
start-up, everything with Snapshots ▸ Empty trash… (after a question).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from model.store import snapshot_store as store_module

from ..widgets.snapshot_panel import clipped

CONTEXT = "SnapshotsFeature"      # the translation context these texts have always had
DAY_SECONDS = 86400


def tr(source: str) -> str:
    """Translate a text of the snapshot feature."""
    return QCoreApplication.translate(CONTEXT, source)


class DeleteSnapshotCommand(QUndoCommand):
    """Move one snapshot file (even a broken one) to the trash; undo moves it back.

    `feature` is the SnapshotsFeature: its `move_to_trash(path) -> Optional[Path]` and
    `bring_back(trash_path, was_compared) -> Optional[Path]` do the work and report problems.
    A delete that fails marks the command obsolete, so the stack drops it.
    """

    def __init__(self, feature, path: Path, name: str, was_compared: bool):
        self.message = tr("Deleted '{0}' (moved to the trash folder).").format(clipped(name, 40))
        super().__init__(self.message)
        self.feature = feature
        self.path = Path(path)                  # where the file is when it is not in the trash
        self.name = name
        self.was_compared = was_compared
        self.trashed: Optional[Path] = None

    def redo(self) -> None:  # noqa: D102 - QUndoCommand's
        self.trashed = self.feature.move_to_trash(self.path, self)
        if self.trashed is None:
            self.setObsolete(True)

    def undo(self) -> None:  # noqa: D102 - QUndoCommand's
        if self.trashed is None:
            return
        restored = self.feature.bring_back(self.trashed, self)
        if restored is not None:
            self.path, self.trashed = restored, None


def empty_old_trash(store: store_module.SnapshotStore,
                    days: float = store_module.TRASH_KEEP_DAYS) -> int:
    """Delete for good the trash entries deleted more than `days` days ago; returns how many.
    Never raises: a file that cannot be deleted stays for the next start."""
    try:
        return store.empty_trash(older_than_seconds=days * DAY_SECONDS)
    except store_module.StoreError:
        return 0


def ask_empty_trash(parent, count: int, on_yes) -> QMessageBox:
    """A non-blocking question 'Delete the N snapshots in the trash for good?'; calls
    `on_yes()` when the user agrees. Returns the (open) message box."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Empty trash"),
                      tr("Delete the {0} snapshots in the trash for good? This cannot be "
                         "undone.").format(count),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = QMessageBox.StandardButton.Yes
    box.buttonClicked.connect(lambda button: on_yes() if box.standardButton(button) == yes
                              else None)
    box.setObjectName("emptyTrashBox")
    box.open()
    return box
