package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.CaseView
import nl.signalenkaart.core.CasesView
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.LabelView
import nl.signalenkaart.core.NoteEditorView
import nl.signalenkaart.core.SearchView

/** The saved cases, or the case to save the quick checklist into. */
@Composable
fun CasesScreen(view: CasesView, send: Send) {
    ScreenColumn {
        view.pickingForChecklist?.let { Callout { Paragraph(it) } }
        CoreButton(view.newCase, send, Modifier.fillMaxWidth())
        view.empty?.let { Detail(it) }
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.items.forEach { NavRow(it, send) }
        }
    }
}

/** One case: what the meldcode asks next, its sections, its notes and its actions. */
@Composable
fun CaseScreen(view: CaseView, send: Send) {
    ScreenColumn {
        // Acute unsafety leads the case, with its calls (112 first).
        view.acute?.let { acute ->
            Callout(Modifier.testTag(Tags.ACUTE)) {
                Strong(acute.text)
                acute.calls.forEach { CoreButton(it, send, Modifier.fillMaxWidth()) }
            }
        }
        Detail(view.expiry)
        view.nextStep?.let { nextStep ->
            // Labelled as the card's: it reads as the meldcode's next step, not the app's.
            Callout(Modifier.testTag(Tags.NEXT_STEP)) {
                Line(view.guidanceHeading)
                Paragraph(nextStep)
                view.reportCall?.let { CoreButton(it, send, Modifier.fillMaxWidth()) }
            }
        }
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.sections.forEach { NavRow(it, send) }
        }
        Line(view.notesHeading)
        CoreButton(view.newNote, send, Modifier.fillMaxWidth())
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.notes.forEach { NavRow(it, send) }
        }
        ShowTextButton(view.showText, send)
        CoreButton(view.export, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary)
        CoreButton(view.rename, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary)
        CoreButton(view.delete, send, Modifier.fillMaxWidth(), style = ButtonStyle.Danger)
    }
}

/**
 * The short editor: a case's label on one line; the remark on an observed signal in a
 * field of several lines that grows with its text, so all of it can be read back.
 */
@Composable
fun LabelScreen(view: LabelView, send: Send) {
    ScreenColumn {
        val remark = view.field.id == FieldId.REMARK
        CoreTextField(view.field, send, singleLine = !remark, minLines = if (remark) 3 else 1)
        Detail(view.advice)
        CoreButton(view.submit, send, Modifier.fillMaxWidth())
    }
}

/** Writing a note; it is saved encrypted in the case. */
@Composable
fun NoteEditorScreen(view: NoteEditorView, send: Send) {
    ScreenColumn {
        CaseLabel(view.caseLabel)
        CoreTextField(view.field, send, singleLine = false, minLines = 6)
        ChoiceGroupItem(view.kind, send, Modifier.testTag(Tags.NOTE_KIND))
        view.kindHint?.let { Detail(it) }
        SourcesLine(view.sources, send)
        CoreButton(view.save, send, Modifier.fillMaxWidth())
        view.delete?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Danger) }
    }
}

/** Full-text search over the notes. */
@Composable
fun SearchScreen(view: SearchView, send: Send) {
    ScreenColumn {
        CoreTextField(view.field, send)
        view.empty?.let { Detail(it) }
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.results.forEach { NavRow(it, send) }
        }
        ShowTextButton(view.showText, send)
    }
}
