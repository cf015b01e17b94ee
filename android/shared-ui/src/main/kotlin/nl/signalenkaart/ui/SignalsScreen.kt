package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.Divider
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.SignalsView

/**
 * The eleven signals to tick, with the count and what ticking does here; then, as on the
 * card, its banner and the text on victims who see themselves as offenders, all under the
 * title's one heading; the buttons last.
 */
@Composable
fun SignalsScreen(view: SignalsView, send: Send) {
    ScreenColumn {
        view.caseLabel?.let { CaseLabel(it) }
        Detail(view.hint)
        CoreText(
            view.count,
            style = MaterialTheme.typography.titleMedium,
            modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
        )
        Column {
            view.items.forEachIndexed { index, item ->
                if (index > 0) Divider()
                CheckRowItem(item, send)
            }
        }
        view.banner?.let { banner ->
            Callout { Strong(banner) }
        }
        view.perpetratorHeading?.let { Line(it) }
        view.perpetratorText.forEach { Paragraph(it) }
        ShowTextButton(view.showText, send)
        if (view.save != null || view.clear != null) {
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp), modifier = Modifier.fillMaxWidth()) {
                view.save?.let { CoreButton(it, send, Modifier.weight(1f)) }
                view.clear?.let { CoreButton(it, send, Modifier.weight(1f), style = ButtonStyle.Secondary) }
            }
        }
    }
}
