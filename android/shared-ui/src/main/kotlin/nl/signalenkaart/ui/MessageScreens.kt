package nl.signalenkaart.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import nl.signalenkaart.core.ConfirmView
import nl.signalenkaart.core.MessageView

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
