/** The second stage: the Java shape of a request (classes, enums, property types, names); knows neither JSON Schema syntax nor JavaPoet. */
package io.github.oxencodegen.model;
