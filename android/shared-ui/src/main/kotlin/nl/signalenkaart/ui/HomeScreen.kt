package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.runtime.Composable
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.HomeView

/** The card's sections; the intro is there unless discreet mode hides it. */
@Composable
fun HomeScreen(view: HomeView, send: Send) {
    ScreenColumn {
        Heading(view.heading, large = true)
        view.intro?.let { Paragraph(it) }
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.sections.forEach { NavRow(it, send) }
        }
    }
}
