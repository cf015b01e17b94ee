package nl.signalenkaart.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.PinView

/** The core's PIN pad: its twelve keys, never the system keyboard. */
@Composable
fun PinScreen(view: PinView, send: Send) {
    ScreenColumn {
        Heading(view.heading, large = true)
        Paragraph(view.instruction)
        PinDots(view.entered.toInt(), view.enteredLabel)
        view.error?.let { Text(it, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyLarge) }
        view.attempts?.let { Paragraph(it) }
        view.retry?.let { Paragraph(it) }
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
                                .heightIn(min = 64.dp)
                                .semantics { contentDescription = key.accessibilityLabel },
                        ) {
                            // Digits large; the word keys (backspace, confirm) one size down so
                            // they fit on one line at large font sizes too.
                            val style = if (key.label.length <= 2) MaterialTheme.typography.headlineSmall else MaterialTheme.typography.titleMedium
                            Text(key.label, style = style, textAlign = TextAlign.Center)
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
