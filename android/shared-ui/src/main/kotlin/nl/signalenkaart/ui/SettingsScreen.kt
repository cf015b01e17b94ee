package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.Divider
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.AboutView
import nl.signalenkaart.core.SettingsView

/** Language, discreet mode, locking, the own coordinator, PIN and wipe. */
@Composable
fun SettingsScreen(view: SettingsView, send: Send) {
    ScreenColumn {
        ChoiceGroupItem(view.language, send)
        Divider()
        CheckRowItem(view.discreet, send)
        Detail(view.discreetHint)
        Divider()
        ChoiceGroupItem(view.autoLock, send)
        view.retention?.let { ChoiceGroupItem(it, send) }
        view.maxAttempts?.let { ChoiceGroupItem(it, send) }
        Divider()
        Line(view.coordinatorHeading)
        CoreTextField(view.coordinatorName, send)
        CoreTextField(view.coordinatorNumber, send)
        view.coordinatorSetOn?.let { Detail(it) }
        Row(horizontalArrangement = Arrangement.spacedBy(12.dp), modifier = Modifier.fillMaxWidth()) {
            CoreButton(view.saveCoordinator, send, Modifier.weight(1f))
            view.clearCoordinator?.let { CoreButton(it, send, Modifier.weight(1f), style = ButtonStyle.Secondary) }
        }
        Divider()
        view.changePin?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
        CoreButton(view.wipe, send, Modifier.fillMaxWidth(), style = ButtonStyle.Danger)
    }
}

/** About this card: where it comes from, what was corrected, the sources. */
@Composable
fun AboutScreen(view: AboutView, send: Send) {
    ScreenColumn {
        view.facts.forEach { Paragraph(it) }
        Line(view.correctionsHeading)
        Bullets(view.corrections)
        view.presentation.forEach { Detail(it) }
        Line(view.sourcesHeading)
        Bullets(view.sources)
        ShowTextButton(view.showText, send)
        Callout { Paragraph(view.disclaimer) }
    }
}
