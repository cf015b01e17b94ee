package nl.signalenkaart.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.text.font.FontWeight
import nl.signalenkaart.core.ConversationView

/** What helps and what hinders the conversation, and the card's closing call. */
@Composable
fun ConversationScreen(view: ConversationView, send: Send) {
    ScreenColumn {
        Heading(view.helpingHeading)
        Bullets(view.helping)
        Heading(view.hinderingHeading)
        Bullets(view.hindering)
        view.closing?.let { closing ->
            Callout { Text(closing, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.Bold) }
        }
        ShowTextButton(view.showText, send)
    }
}
