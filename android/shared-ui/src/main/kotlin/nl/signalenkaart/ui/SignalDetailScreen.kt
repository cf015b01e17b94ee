package nl.signalenkaart.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import nl.signalenkaart.core.SignalDetailView

/**
 * A signal observed in a case: the signal, the record as saved ("waargenomen …
 * (vastgelegd …)"), when it was seen (a choice, then the day and time where the core asks
 * for them) and the remark on several lines. Kept off the signals list, so its rows keep
 * one height ticked or not. Discreet mode leaves the signal and the remark out until the
 * screen's text is shown.
 */
@Composable
fun SignalDetailScreen(view: SignalDetailView, send: Send) {
    ScreenColumn {
        view.signal?.let { Paragraph(it) }
        Detail(view.recorded)
        ChoiceGroupItem(view.seen, send)
        view.date?.let { CoreTextField(it, send) }
        view.time?.let { CoreTextField(it, send) }
        view.remark?.let { CoreTextField(it, send, singleLine = false, minLines = 3) }
        Detail(view.advice)
        ShowTextButton(view.showText, send)
        CoreButton(view.save, send, Modifier.fillMaxWidth())
    }
}
