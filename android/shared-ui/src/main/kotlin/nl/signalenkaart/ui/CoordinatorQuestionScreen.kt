package nl.signalenkaart.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.Divider
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import nl.signalenkaart.core.CoordinatorQuestionView

/**
 * Whose zorgcoördinator the app calls, asked once: the card's with its number, or the
 * user's own with where to find it. Quick exit and the call stay in the frame above.
 */
@Composable
fun CoordinatorQuestionScreen(view: CoordinatorQuestionView, send: Send) {
    ScreenColumn {
        Line(view.question)
        Paragraph(view.explanation)
        ItemCard {
            Strong(view.card)
            CoreButton(view.chooseCard, send, Modifier.fillMaxWidth())
        }
        ItemCard {
            Line(view.ownHeading)
            view.whereToFind?.let { Paragraph(it) }
            SourcesLine(view.sources, send)
            CoreTextField(view.ownName, send)
            CoreTextField(view.ownNumber, send)
            CoreButton(view.saveOwn, send, Modifier.fillMaxWidth())
        }
        ShowTextButton(view.showText, send)
        Divider()
        CoreButton(view.later, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary)
    }
}
