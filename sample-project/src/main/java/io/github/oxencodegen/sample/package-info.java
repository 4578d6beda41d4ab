/**
 * The sample program: a WAN 2.7 reference-to-video request built, validated and printed with the
 * classes the oxen-maven-plugin generated into {@code io.github.oxencodegen.sample.oxen}, a wrong
 * one shown with its violations, and, with {@code --submit}, the valid one sent to Oxen's queue.
 */
package io.github.oxencodegen.sample;
