package nl.signalenkaart.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import nl.signalenkaart.core.ContactsView

/** Every contact with its number, when to call and where the number comes from. */
@Composable
fun ContactsScreen(view: ContactsView, send: Send) {
    ScreenColumn {
        view.items.forEach { contact ->
            ItemCard {
                Strong(contact.name)
                contact.note?.let { Paragraph(it) }
                // The call button's label carries the number; show it on its own only when
                // there is nothing to tap.
                val call = contact.call
                if (call != null) {
                    CoreButton(call, send, Modifier.fillMaxWidth())
                } else {
                    contact.number?.let { CoreText(it, style = MaterialTheme.typography.titleMedium) }
                }
            }
        }
        ShowTextButton(view.showText, send)
        SourcesLine(view.sources, send)
    }
}
