// Models the static builtin type objects of CPython 3.11 (PyType_Type, PyBaseObject_Type, PyLong_Type, …
// in Objects/*object.c): their names, GC flag, basicsize/itemsize and MRO. Slots and methods are attached by
// the files implementing each type; this file only creates the objects so every other file can refer to them.

import { PyType } from './object';

function mk(name: string, base: PyType | null, isGC: boolean, basicsize: number, itemsize = 0, module = 'builtins'): PyType {
  const t = new PyType(name, module);
  t.isGC = isGC;
  t.basicsize = basicsize;
  t.itemsize = itemsize;
  t.qualname = name;
  if (base !== null) {
    t.tp_bases = [base];
    t.tp_mro = [t, ...base.tp_mro];
  } else {
    t.tp_mro = [t];
  }
  return t;
}

export const ObjectType = mk('object', null, false, 16);
export const TypeType = mk('type', ObjectType, true, 888, 40);
export const IntType = mk('int', ObjectType, false, 24, 4);
export const BoolType = mk('bool', IntType, false, 24, 4);
export const FloatType = mk('float', ObjectType, false, 24);
export const StrType = mk('str', ObjectType, false, 64);
export const BytesType = mk('bytes', ObjectType, false, 33, 1);
export const ListType = mk('list', ObjectType, true, 40);
export const TupleType = mk('tuple', ObjectType, true, 24, 8);
export const DictType = mk('dict', ObjectType, true, 48);
export const SetType = mk('set', ObjectType, true, 200);
export const FrozenSetType = mk('frozenset', ObjectType, true, 200);
export const NoneType = mk('NoneType', ObjectType, false, 16);
export const NotImplementedType = mk('NotImplementedType', ObjectType, false, 16);
export const EllipsisType = mk('ellipsis', ObjectType, false, 16);
export const RangeType = mk('range', ObjectType, false, 48);
export const SliceType = mk('slice', ObjectType, true, 40);
export const FunctionType = mk('function', ObjectType, true, 136);
export const MethodType = mk('method', ObjectType, true, 48);
export const BuiltinFunctionType = mk('builtin_function_or_method', ObjectType, true, 56);
export const MethodDescrType = mk('method_descriptor', ObjectType, true, 56);
export const WrapperDescrType = mk('wrapper_descriptor', ObjectType, true, 56);
export const GetSetDescrType = mk('getset_descriptor', ObjectType, true, 48);
/** member_descriptor: a class's __slots__ members (PyMemberDescrObject, Objects/descrobject.c). */
export const MemberDescrType = mk('member_descriptor', ObjectType, true, 48);
export const CellType = mk('cell', ObjectType, true, 24);
export const CodeType = mk('code', ObjectType, false, 176);
export const ModuleType = mk('module', ObjectType, true, 56);
export const FrameType = mk('frame', ObjectType, true, 72);
export const TracebackType = mk('traceback', ObjectType, true, 48);
export const PropertyType = mk('property', ObjectType, true, 64);
export const StaticMethodType = mk('staticmethod', ObjectType, true, 32);
export const ClassMethodType = mk('classmethod', ObjectType, true, 32);
export const SuperType = mk('super', ObjectType, true, 40);
export const ListIterType = mk('list_iterator', ObjectType, true, 32);
export const ListRevIterType = mk('list_reverseiterator', ObjectType, true, 32);
export const TupleIterType = mk('tuple_iterator', ObjectType, true, 32);
export const RangeIterType = mk('range_iterator', ObjectType, false, 48);
export const StrIterType = mk('str_ascii_iterator', ObjectType, true, 32);
export const DictKeysType = mk('dict_keys', ObjectType, true, 24);
export const DictValuesType = mk('dict_values', ObjectType, true, 24);
export const DictItemsType = mk('dict_items', ObjectType, true, 24);
export const DictKeyIterType = mk('dict_keyiterator', ObjectType, true, 56);
export const DictValueIterType = mk('dict_valueiterator', ObjectType, true, 56);
export const DictItemIterType = mk('dict_itemiterator', ObjectType, true, 56);
export const SetIterType = mk('set_iterator', ObjectType, true, 48);
export const BytesIterType = mk('bytes_iterator', ObjectType, true, 32);
export const ByteArrayIterType = mk('bytearray_iterator', ObjectType, true, 32);
export const EnumerateType = mk('enumerate', ObjectType, true, 56);
export const ZipType = mk('zip', ObjectType, true, 48);
export const MapType = mk('map', ObjectType, true, 32);
export const FilterType = mk('filter', ObjectType, true, 32);
export const ReversedType = mk('reversed', ObjectType, true, 32);
export const GeneratorType = mk('generator', ObjectType, true, 104);
export const CallIterType = mk('callable_iterator', ObjectType, true, 32);
export const SeqIterType = mk('iterator', ObjectType, true, 32);

TypeType.ob_type = TypeType;
for (const t of [
  ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType, ListType, TupleType, DictType, SetType,
  FrozenSetType, NoneType, NotImplementedType, EllipsisType, RangeType, SliceType, FunctionType, MethodType,
  BuiltinFunctionType, MethodDescrType, WrapperDescrType, GetSetDescrType, MemberDescrType, CellType, CodeType, ModuleType, FrameType,
  TracebackType, PropertyType, StaticMethodType, ClassMethodType, SuperType, ListIterType, ListRevIterType,
  TupleIterType, RangeIterType, StrIterType, DictKeysType, DictValuesType, DictItemsType, DictKeyIterType,
  DictValueIterType, DictItemIterType, SetIterType, BytesIterType, ByteArrayIterType, EnumerateType, ZipType, MapType, FilterType, ReversedType,
  GeneratorType, CallIterType, SeqIterType,
]) {
  t.ob_type = TypeType;
}

export function makeStaticType(name: string, base: PyType, isGC: boolean, basicsize: number): PyType {
  const t = mk(name, base, isGC, basicsize);
  t.ob_type = TypeType;
  return t;
}

/** A static type of a Python-level module (tp_name 'module.qualname', e.g. weakref.ReferenceType). */
export function makeModuleType(module: string, qualname: string, base: PyType, isGC: boolean, basicsize: number): PyType {
  const t = makeStaticType(`${module}.${qualname}`, base, isGC, basicsize);
  t.qualname = qualname;
  t.module = module;
  return t;
}
