import type { Task } from '../bindings/Task';
import type { TaskInput } from '../bindings/TaskInput';
import { call } from './client';

/** A campaign's checklist, in order. */
export function taskList(campaignId: number): Promise<Task[]> {
  return call<Task[]>('task_list', { campaignId });
}

export function taskCreate(input: TaskInput): Promise<Task> {
  return call<Task>('task_create', { input });
}

export function taskUpdate(id: number, input: TaskInput): Promise<Task> {
  return call<Task>('task_update', { id, input });
}

/** Ticks a task off, or reopens it. */
export function taskSetDone(id: number, done: boolean): Promise<Task> {
  return call<Task>('task_set_done', { id, done });
}

export function taskDelete(id: number): Promise<void> {
  return call<void>('task_delete', { id });
}
