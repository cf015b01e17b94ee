package nl.signalenkaart.ui

import androidx.compose.runtime.Composable
import nl.signalenkaart.core.ConversationView

/** What helps and what hinders the conversation, and the card's closing call. */
@Composable
fun ConversationScreen(view: ConversationView, send: Send) {
    ScreenColumn {
        Line(view.helpingHeading)
        Bullets(view.helping)
        Line(view.hinderingHeading)
        Bullets(view.hindering)
        view.closing?.let { closing -> Callout { Strong(closing) } }
        ShowTextButton(view.showText, send)
    }
}
