package org.civicgrid.cases;

/** 专业部门 — a department or unit cases are dispatched to (城管, 住建, 民政, 水务, 环保, 城发集团 …). */
public record DepartmentView(long id, String code, String name, String nameEn, boolean active) {
}
