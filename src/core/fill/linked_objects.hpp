// Linked OLE objects cut from a document before an office loads it. An object
// that shows another file (ODF: a draw:object whose xlink:href points outside the
// package; OOXML: an oleObject relationship with TargetMode="External") makes
// LibreOffice 7.4 open that file while it loads the document, whatever
// UpdateDocMode says, and no setting of that version stops it: a link to a
// server would be fetched. The office is given a private copy without them; the
// user's file is never touched.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ita::fill {

// ODF XML (content.xml, styles.xml, or a whole flat .fods/.fodt): each draw:object
// or draw:object-ole whose xlink:href points outside the package removed, its
// draw:frame and a replacement draw:image beside it kept. In a flat file every
// href of an object points outside (there is no package). nullopt when there is
// none. Throws XmlError when the XML cannot be tokenised.
std::optional<std::string> odfXmlWithoutLinkedObjects(std::string_view xml, bool flat);

// An OOXML relationships part (*.rels): each oleObject relationship with
// TargetMode="External" removed (the shape's r:id then names nothing, as for a
// damaged file; its preview picture stays). nullopt when there is none.
std::optional<std::string> relsWithoutLinkedObjects(std::string_view rels);

// A whole document, zipped (ODF or OOXML) or flat ODF: nullopt when it holds no
// linked object (or is neither), else the bytes of a copy without them, every
// other part copied as it was. Throws ZipError/XmlError when it cannot be read.
std::optional<std::string> documentWithoutLinkedObjects(const std::string &bytes);

} // namespace ita::fill
