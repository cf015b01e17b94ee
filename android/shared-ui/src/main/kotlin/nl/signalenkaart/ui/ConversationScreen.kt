package nl.signalenkaart.ui

import androidx.compose.runtime.Composable
import nl.signalenkaart.core.ConversationView

/** What helps and what hinders the conversation, and the card's closing call. */
@Composable
fun ConversationScreen(view: ConversationView, send: Send) {
    ScreenColumn {
        Heading(view.helpingHeading)
        Bullets(view.helping)
        Heading(view.hinderingHeading)
        Bullets(view.hindering)
        view.closing?.let { closing -> Callout { Strong(closing) } }
        ShowTextButton(view.showText, send)
    }
}
