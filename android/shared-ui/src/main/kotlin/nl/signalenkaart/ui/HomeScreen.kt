package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.runtime.Composable
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.HomeView

/**
 * The card's sections, then its introduction unless discreet mode hides it: the sections
 * are what a visit needs at once, so the first one is in view at any font size.
 */
@Composable
fun HomeScreen(view: HomeView, send: Send) {
    ScreenColumn {
        Heading(view.heading, large = true)
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.sections.forEach { NavRow(it, send) }
        }
        view.intro?.let { Paragraph(it) }
    }
}
