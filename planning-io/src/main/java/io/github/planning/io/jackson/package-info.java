/**
 * The Jackson 3 module for the planning types, its serializers and deserializers, and the library's
 * mapper.
 */
@NullMarked
package io.github.planning.io.jackson;

import org.jspecify.annotations.NullMarked;
