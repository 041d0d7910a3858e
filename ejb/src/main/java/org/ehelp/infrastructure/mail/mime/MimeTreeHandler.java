package org.ehelp.infrastructure.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Builds a {@link MimeNode} tree from mime4j's parse events. The parser runs without recursion, so
 * an enclosed message arrives as one leaf with its exact bytes, and is parsed on its own when
 * needed.
 */
final class MimeTreeHandler extends AbstractContentHandler {

  private final Deque<MimeNode> open = new ArrayDeque<>();
  private MimeNode root;

  MimeNode root() {
    return root;
  }

  @Override
  public void startMessage() {
    if (open.isEmpty()) {
      root = new MimeNode();
      open.push(root);
    } else {
      MimeNode nested = new MimeNode();
      open.push(nested);
    }
  }

  @Override
  public void endMessage() {
    open.pop();
  }

  @Override
  public void startBodyPart() {
    MimeNode part = new MimeNode();
    open.peek().parts.add(part);
    open.push(part);
  }

  @Override
  public void endBodyPart() {
    open.pop();
  }

  @Override
  public void field(Field field) {
    open.peek().fields.add(field);
  }

  @Override
  public void startMultipart(BodyDescriptor descriptor) {
    MimeNode node = open.peek();
    node.descriptor = descriptor;
    node.multipart = true;
  }

  @Override
  public void body(BodyDescriptor descriptor, InputStream stream)
      throws MimeException, IOException {
    MimeNode node = open.peek();
    node.descriptor = descriptor;
    node.body = stream.readAllBytes();
  }
}
