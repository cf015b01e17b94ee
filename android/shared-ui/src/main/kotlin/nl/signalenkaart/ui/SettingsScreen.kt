package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.material3.Divider
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.AboutView
import nl.signalenkaart.core.BiometricSettingsView
import nl.signalenkaart.core.SettingsView

/**
 * The own coordinator first (its form is what is saved here most), then language,
 * discreet mode, locking and the PIN; "Alles wissen" last, on its own, with a thumb's
 * room above and below: whatever the errors above a button do to the screen, no tap
 * aimed at save or at the call bar lands on it.
 */
@Composable
fun SettingsScreen(view: SettingsView, send: Send) {
    ScreenColumn {
        Line(view.coordinatorHeading)
        CoreTextField(view.coordinatorName, send)
        CoreTextField(view.coordinatorNumber, send)
        view.coordinatorSetOn?.let { Detail(it) }
        Row(horizontalArrangement = Arrangement.spacedBy(12.dp), modifier = Modifier.fillMaxWidth()) {
            CoreButton(view.saveCoordinator, send, Modifier.weight(1f))
            view.clearCoordinator?.let { CoreButton(it, send, Modifier.weight(1f), style = ButtonStyle.Secondary) }
        }
        Divider()
        ChoiceGroupItem(view.language, send)
        Divider()
        CheckRowItem(view.discreet, send)
        Detail(view.discreetHint)
        Divider()
        ChoiceGroupItem(view.autoLock, send)
        view.biometrics?.let { BiometricSettings(it, send) }
        view.retention?.let { ChoiceGroupItem(it, send) }
        view.maxAttempts?.let { ChoiceGroupItem(it, send) }
        view.changePin?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
        Spacer(Modifier.height(WipeRoom))
        Divider()
        Spacer(Modifier.height(WipeRoom))
        CoreButton(view.wipe, send, Modifier.fillMaxWidth(), style = ButtonStyle.Danger)
        Spacer(Modifier.height(WipeRoom))
    }
}

/** The biometric unlock: its switch, what it protects against and what not, the hours. */
@Composable
private fun BiometricSettings(view: BiometricSettingsView, send: Send) {
    CheckRowItem(view.toggle, send)
    Detail(view.hint)
    view.hours?.let { ChoiceGroupItem(it, send) }
}

/** Room around "Alles wissen", besides the column's spacing: no thumb spans it. */
private val WipeRoom = 24.dp

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
