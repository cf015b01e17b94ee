package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.HomeView

/** The card's sections first; below them the card's introduction, once it is opened. */
@Composable
fun HomeScreen(view: HomeView, send: Send) {
    ScreenColumn {
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.sections.forEach { NavRow(it, send) }
        }
        // Asked once, below the card's sections: never in the way of the card.
        view.coordinatorQuestion?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
        view.intro?.let { Paragraph(it) }
        ShowTextButton(view.showText, send)
    }
}
