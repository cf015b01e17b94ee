package nl.signalenkaart.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.PathFillType
import androidx.compose.ui.graphics.SolidColor
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.graphics.vector.path
import androidx.compose.ui.layout.onSizeChanged
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.max
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.PinView

/**
 * The core's PIN pad: its twelve keys, never the system keyboard. The pad sits at the
 * bottom, at the thumb, and whatever message comes or goes, its keys stay put: a key that
 * moves under a finger is a wrong PIN, and wrong PINs count toward the wipe. The
 * instruction (what the PIN must be, or what to do) stays at the top, never scrolled
 * away; the explanation and the messages have the room between it and the dots above the
 * pad; when they need more (a large font), they scroll there, showing their end first:
 * the newest message, next to the dots and the keys. Under the pad, a slot for the
 * biometric unlock's button ([BiometricSlot]); why the PIN is asked although the biometric
 * unlock is on is a message like the others.
 */
@Composable
fun PinScreen(view: PinView, send: Send) {
    Column(Modifier.fillMaxSize().padding(16.dp)) {
        Paragraph(view.instruction)
        Spacer(Modifier.height(12.dp))
        Box(Modifier.weight(1f).fillMaxWidth()) {
            Column(
                verticalArrangement = Arrangement.spacedBy(12.dp),
                modifier = Modifier.verticalScroll(rememberScrollState(), reverseScrolling = true),
            ) {
                view.explanation?.let { Detail(it) }
                view.biometricNote?.let { Paragraph(it, Modifier.testTag(Tags.BIOMETRIC_NOTE)) }
                view.error?.let { CoreText(it, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyLarge) }
                view.attempts?.let { Paragraph(it) }
                view.retry?.let { Paragraph(it) }
            }
        }
        Spacer(Modifier.height(12.dp))
        PinDots(view.entered.toInt(), view.enteredLabel)
        Spacer(Modifier.height(12.dp))
        PinPad(view, send)
        Spacer(Modifier.height(10.dp))
        BiometricSlot(view.biometric, send)
    }
}

/**
 * The biometric unlock's button, in a slot that is always there: one button high, and
 * never lower than the tallest it has been on this screen. The core offers the button
 * with the pad and only ever takes it away (a wrong PIN, the hours passed), so its going
 * leaves its room and the keys above stay put, also where a large font wraps its label.
 */
@Composable
private fun BiometricSlot(button: ButtonModel?, send: Send) {
    var tallest by remember { mutableIntStateOf(0) }
    val reserved = with(LocalDensity.current) { tallest.toDp() }
    Box(
        Modifier
            .fillMaxWidth()
            .heightIn(min = max(MinTouch, reserved))
            .onSizeChanged { if (it.height > tallest) tallest = it.height },
    ) {
        button?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
    }
}

@Composable
private fun PinPad(view: PinView, send: Send) {
    Column(verticalArrangement = Arrangement.spacedBy(10.dp)) {
        view.keys.chunked(3).forEach { row ->
            Row(horizontalArrangement = Arrangement.spacedBy(10.dp), modifier = Modifier.fillMaxWidth()) {
                row.forEach { key ->
                    FilledTonalButton(
                        onClick = { send(key.event) },
                        enabled = key.enabled,
                        contentPadding = PaddingValues(horizontal = 4.dp, vertical = 8.dp),
                        modifier = Modifier
                            .weight(1f)
                            .heightIn(min = 64.dp),
                    ) {
                        if (key.event == Event.PinBackspace) {
                            Icon(BackspaceIcon, contentDescription = key.accessibilityLabel, modifier = Modifier.size(28.dp))
                        } else {
                            // Digits large, the confirm word one size down.
                            val style = if (key.label.length <= 2) MaterialTheme.typography.headlineSmall else MaterialTheme.typography.titleMedium
                            CoreText(
                                key.label,
                                Modifier.semantics { contentDescription = key.accessibilityLabel },
                                style = style,
                                textAlign = TextAlign.Center,
                            )
                        }
                    }
                }
            }
        }
    }
}

/** One dot per digit entered, spoken as the core's worded count; the digits never leave the core. */
@Composable
private fun PinDots(entered: Int, label: String) {
    Row(
        horizontalArrangement = Arrangement.spacedBy(12.dp, Alignment.CenterHorizontally),
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = 24.dp)
            .testTag(Tags.PIN_DOTS)
            .clearAndSetSemantics { contentDescription = label },
    ) {
        repeat(entered) {
            Box(
                Modifier
                    .size(16.dp)
                    .background(MaterialTheme.colorScheme.primary, CircleShape)
                    .border(1.dp, MaterialTheme.colorScheme.primary, CircleShape),
            )
        }
    }
}

/**
 * The backspace key's icon, drawn here: the Material one is in the large icons-extended
 * artifact, which the desktop build does not have. A key cap pointing left, a cross cut out.
 */
private val BackspaceIcon: ImageVector = ImageVector.Builder("Backspace", 24.dp, 24.dp, 24f, 24f)
    .path(fill = SolidColor(Color.Black), pathFillType = PathFillType.EvenOdd) {
        moveTo(7.5f, 4f)
        lineTo(21f, 4f)
        quadTo(23f, 4f, 23f, 6f)
        lineTo(23f, 18f)
        quadTo(23f, 20f, 21f, 20f)
        lineTo(7.5f, 20f)
        lineTo(1f, 12f)
        close()
        // The cross: two bars, centred at (15, 12).
        moveTo(19.2f, 8.65f)
        lineTo(18.35f, 7.8f)
        lineTo(15f, 11.15f)
        lineTo(11.65f, 7.8f)
        lineTo(10.8f, 8.65f)
        lineTo(14.15f, 12f)
        lineTo(10.8f, 15.35f)
        lineTo(11.65f, 16.2f)
        lineTo(15f, 12.85f)
        lineTo(18.35f, 16.2f)
        lineTo(19.2f, 15.35f)
        lineTo(15.85f, 12f)
        close()
    }
    .build()
