package nl.signalenkaart.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.text.selection.SelectionContainer
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import nl.signalenkaart.core.ConfirmView
import nl.signalenkaart.core.MessageView
import nl.signalenkaart.core.StartFailureView

/** Asking before something is shared or destroyed; the question is the title bar's. */
@Composable
fun ConfirmScreen(view: ConfirmView, send: Send) {
    ScreenColumn {
        Paragraph(view.text)
        view.option?.let { CheckRowItem(it, send) }
        CoreButton(
            view.confirm, send, Modifier.fillMaxWidth(),
            style = if (view.destructive) ButtonStyle.Danger else ButtonStyle.Primary,
        )
        CoreButton(view.cancel, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary)
    }
}

/** A message and one action under the title: the neutral screen and the locked-out screen. */
@Composable
fun MessageScreen(view: MessageView, send: Send) {
    ScreenColumn {
        Paragraph(view.text)
        CoreButton(view.action, send, Modifier.fillMaxWidth())
    }
}

/**
 * The core could not start: its words, a retry where one can help, and the technical
 * text for a report (selectable, so it can be copied into one). Neutral in look and
 * words: discreet mode may be on, and its setting could not be read.
 */
@Composable
fun StartFailureScreen(failure: StartFailureView, onRetry: () -> Unit) {
    Surface(Modifier.safeDrawingPadding(), color = MaterialTheme.colorScheme.background) {
        ScreenColumn {
            Heading(failure.title, large = true)
            Paragraph(failure.text)
            failure.retry?.let { retry ->
                Button(onRetry, Modifier.fillMaxWidth().heightIn(min = MinTouch).semantics { contentDescription = retry }) {
                    CoreText(retry, style = MaterialTheme.typography.labelLarge)
                }
            }
            Detail(failure.detailLabel)
            SelectionContainer { Detail(failure.detail) }
        }
    }
}
